/**
 * A fingerprint (40 hex digits in groups of 4), easy to read aloud. With a label it becomes a
 * named group, so assistive technology (and tests) can find it by that name.
 */
export function FingerprintText(props: { readonly value: string; readonly label?: string; readonly size?: 'large' | 'normal' }) {
  const className = `fingerprint${props.size === 'large' ? ' fingerprint-large' : ''}`;
  if (props.label === undefined) {
    return (
      <p className={className} translate="no">
        {props.value}
      </p>
    );
  }
  return (
    <div className={className} role="group" aria-label={props.label} translate="no">
      {props.value}
    </div>
  );
}
