// Runs in Chromium (bundled by Vite in tip-card-in-chromium.test.ts): the prosecutor's view of
// the full intake fixture tip, in English, as the case page shows it.
import { createRoot } from 'react-dom/client';
import { tipContent } from '../../../../api/index';
import { TipView } from '../../../../client/prosecutor/components/TipView';
import full from '../../../fixtures/tips/tip-v2-full.json';
import { englishI18n, withI18n } from './i18n';

const container = document.getElementById('root');
if (container === null) throw new Error('#root missing');
const i18n = await englishI18n();
createRoot(container).render(
  withI18n(
    i18n,
    <main className="page">
      <TipView tip={tipContent.parse(full)} fileCount={2} />
    </main>,
  ),
);
