/**
 * A task's image: the preview while it runs, then the final one. A grid (a task with U1–U4) is shown
 * with its four quarters numbered, as Midjourney's 2×2 grids are read.
 */
export function TaskImage(props: { url: string; grid: boolean; final: boolean; alt: string }) {
  return (
    <figure className={`task-image ${props.final ? 'final' : 'preview'}`}>
      <img src={props.url} alt={props.alt} loading="lazy" />
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
