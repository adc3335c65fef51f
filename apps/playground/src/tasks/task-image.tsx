import { useMediaUrl } from './use-media-url';

/**
 * A task's image: the preview while it runs, then the final one. A grid (a task with U1–U4) is shown
 * with its four quarters numbered, as Midjourney's 2×2 grids are read.
 */
export function TaskImage(props: { url: string; grid: boolean; final: boolean; alt: string }) {
  const src = useMediaUrl(props.url);
  if (!src) return <div className="task-image loading" aria-busy="true" />;
  return (
    <figure className={`task-image ${props.final ? 'final' : 'preview'}`}>
      <img src={src} alt={props.alt} loading="lazy" />
      {props.grid && (
        <div className="grid-overlay" aria-hidden="true">
          {[1, 2, 3, 4].map((n) => (
            <span key={n}>{n}</span>
          ))}
        </div>
      )}
      {!props.final && <figcaption>preview</figcaption>}
    </figure>
  );
}

/** A task's video result (loaded through the media resolver, like images). */
export function TaskVideo(props: { url: string }) {
  const src = useMediaUrl(props.url);
  // biome-ignore lint/a11y/useMediaCaption: generated clips have no speech to caption
  return src ? <video src={src} controls loop className="task-video" /> : null;
}
