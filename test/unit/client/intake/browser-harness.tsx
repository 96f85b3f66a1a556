// Runs in Chromium (bundled by Vite in intake-in-chromium.test.ts): the questionnaire as the
// report form holds it (draft in React state, patches applied, errors cleared as fields change),
// and under it the tip it would encrypt, so a test can drive the form by keyboard and read the result.
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { IntakeFields } from '../../../../client/whistleblower/components/intake/IntakeFields';
import { EMPTY_TIP, applyPatch, checkTip, clearErrors, hasErrors, tipContent, type TipErrors } from '../../../../client/whistleblower/logic/tip-draft';
import { englishI18n, withI18n } from './i18n';

function Harness() {
  const [draft, setDraft] = useState(EMPTY_TIP);
  const [errors, setErrors] = useState<TipErrors>({});
  const [sent, setSent] = useState<string>('');
  return (
    <main className="page">
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          const found = checkTip(draft, 'en');
          setErrors(found);
          setSent(hasErrors(found) ? '' : JSON.stringify(tipContent(draft, 'en')));
        }}
      >
        <IntakeFields
          draft={draft}
          errors={errors}
          disabled={false}
          onChange={(patch) => {
            setDraft((current) => applyPatch(current, patch));
            setErrors((current) => clearErrors(current, patch));
          }}
        />
        <div className="actions">
          <button type="submit" className="button-primary">
            Encrypt and send
          </button>
        </div>
      </form>
      <pre id="sent">{sent}</pre>
    </main>
  );
}

const container = document.getElementById('root');
if (container === null) throw new Error('#root missing');
const i18n = await englishI18n();
createRoot(container).render(withI18n(i18n, <Harness />));
