/** Work in progress: an indeterminate progress bar with words, announced politely. */
export function Busy(props: { readonly label: string; readonly detail?: string }) {
  return (
    <div className="busy" role="status" aria-live="polite">
      <progress className="busy-bar" aria-label={props.label} />
      <p className="busy-label">{props.label}</p>
      {props.detail === undefined ? null : <p className="busy-detail">{props.detail}</p>}
    </div>
  );
}
