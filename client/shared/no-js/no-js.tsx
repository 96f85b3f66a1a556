// Progressive enhancement: the same components render in the browser (JavaScript on: forms call
// their handlers) and on the server for Tor Browser "Safest" (JavaScript off: forms post to the
// server, which does the work; see client/whistleblower/nojs/ and docs/PROTOCOL.md §20). Components
// ask this module how to render a form, and wrap what only works with JavaScript in <JsOnly>.
import { createContext, useContext, type FormEvent, type FormHTMLAttributes, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** The forms of the whistleblower side that work without JavaScript. */
export type NoJsFormName = 'agencies' | 'write' | 'written' | 'open' | 'answer' | 'refresh' | 'language';

export interface NoJsForm {
  readonly method: 'get' | 'post';
  /** A same-origin path (with `?lang=` when not English). */
  readonly action: string;
  /** Hidden fields the server needs back (chosen agencies, the case code for one request). */
  readonly hidden: readonly (readonly [name: string, value: string])[];
  /** The form carries files (multipart/form-data). */
  readonly multipart?: boolean;
}

export interface NoJsSetting {
  /** Where each form goes; a form that is not listed is not rendered without JavaScript. */
  readonly forms: Partial<Readonly<Record<NoJsFormName, NoJsForm>>>;
  /** Plain links that replace buttons: the landing page, making a report, coming back. */
  readonly links: Readonly<Record<'start' | 'report' | 'return', string>>;
}

const NoJsContext = createContext<NoJsSetting | null>(null);

export function NoJsProvider({ setting, children }: { readonly setting: NoJsSetting; readonly children: ReactNode }) {
  return <NoJsContext.Provider value={setting}>{children}</NoJsContext.Provider>;
}

/** Null in the browser app; the server's setting when rendering for a browser without JavaScript. */
export function useNoJs(): NoJsSetting | null {
  return useContext(NoJsContext);
}

/** What only works with JavaScript (copy, print, add a row, a Back button that keeps state). */
export function JsOnly({ children }: { readonly children: ReactNode }) {
  return useNoJs() === null ? <>{children}</> : null;
}

/** The opposite: shown only in the page rendered for a browser without JavaScript. */
export function NoJsOnly({ children }: { readonly children: ReactNode }) {
  return useNoJs() === null ? null : <>{children}</>;
}

/** A Back button that keeps the page's state; without JavaScript, a link to the landing page. */
export function NoJsBack({ onBack, disabled = false }: { readonly onBack: () => void; readonly disabled?: boolean }) {
  const { t } = useTranslation('common');
  const setting = useNoJs();
  if (setting !== null) {
    return (
      <a className="button-link" href={setting.links.start}>
        {t('actions.back')}
      </a>
    );
  }
  return (
    <button type="button" onClick={onBack} disabled={disabled}>
      {t('actions.back')}
    </button>
  );
}

export interface FormParts {
  readonly attributes: FormHTMLAttributes<HTMLFormElement>;
  /** Hidden inputs to render first inside the form (none in the browser app). */
  readonly hidden: ReactNode;
}

/**
 * The attributes of a form: in the browser app it calls `onSubmit` and posts nothing; rendered
 * for a browser without JavaScript it posts (or gets) to the server, with its hidden fields.
 */
export function useForm(name: NoJsFormName, onSubmit: () => void): FormParts {
  return formParts(useNoJs(), name, onSubmit);
}

/** useForm with the setting at hand. Throws when the page rendered without JavaScript has no such form. */
export function formParts(setting: NoJsSetting | null, name: NoJsFormName, onSubmit: () => void): FormParts {
  if (setting === null) {
    return {
      attributes: {
        noValidate: true,
        onSubmit: (event: FormEvent<HTMLFormElement>) => {
          event.preventDefault();
          onSubmit();
        },
      },
      hidden: null,
    };
  }
  const form = setting.forms[name];
  if (form === undefined) throw new Error(`no-JavaScript page: the form "${name}" has no action`);
  return {
    attributes: { method: form.method, action: form.action, noValidate: true, ...(form.multipart === true ? { encType: 'multipart/form-data' } : {}) },
    hidden: form.hidden.map(([field, value], index) => <input key={`${field}-${String(index)}`} type="hidden" name={field} value={value} />),
  };
}
