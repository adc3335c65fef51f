#!/usr/bin/env bash
# Makes the tiny, real, playable MP4 clips the mock serves as video results (run once; the outputs are
# committed so the mock never needs ffmpeg at run time). Needs Debian's ffmpeg (libx264).
set -euo pipefail
cd "$(dirname "$0")"
enc=(-c:v libx264 -pix_fmt yuv420p -preset veryslow -crf 40 -movflags +faststart -an -y)
ffmpeg -loglevel error -f lavfi -i "testsrc2=size=160x160:rate=12:duration=2" "${enc[@]}" clip-0.mp4
ffmpeg -loglevel error -f lavfi -i "mandelbrot=size=160x160:rate=12:end_pts=2" -t 2 "${enc[@]}" clip-1.mp4
ffmpeg -loglevel error -f lavfi -i "life=size=160x160:rate=12:mold=10:r=12:ratio=0.1:death_color=#C83232:life_color=#00ff00" -t 2 "${enc[@]}" clip-2.mp4
ffmpeg -loglevel error -f lavfi -i "gradients=size=160x160:rate=12:speed=0.05:duration=2" "${enc[@]}" clip-3.mp4
ls -l clip-*.mp4
