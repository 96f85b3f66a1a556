// The hint and error lines every intake control shows under its label.

export function Hint({ id, text }: { readonly id: string; readonly text: string | undefined }) {
  if (text === undefined) return null;
  return (
    <p id={id} className="field-hint">
      {text}
    </p>
  );
}

export function ErrorLine({ id, text }: { readonly id: string; readonly text: string | undefined }) {
  if (text === undefined) return null;
  return (
    <p id={id} className="field-error" role="alert">
      {text}
    </p>
  );
}
