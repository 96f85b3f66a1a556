import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { loadFlows, loadedFlows, type Flows } from '../services/load-services';
import { Progress } from './Progress';

type State = { readonly kind: 'ready'; readonly flows: Flows } | { readonly kind: 'loading' } | { readonly kind: 'failed' };

function initialState(): State {
  const flows = loadedFlows();
  return flows === undefined ? { kind: 'loading' } : { kind: 'ready', flows };
}

/**
 * The screens after the landing page, which load after it (services/load-services.ts loadFlows).
 * Usually the idle preload has brought them already and they show at once; otherwise a loading
 * line shows until they come, and if they cannot come, a plain message with Retry. A render on
 * the server awaits loadFlows() first, so the screens render at once there too.
 */
export function FlowLoader({ children }: { readonly children: (flows: Flows) => ReactNode }) {
  const { t } = useTranslation('common');
  const [state, setState] = useState<State>(initialState);

  useEffect(() => {
    if (state.kind !== 'loading') return undefined;
    let live = true;
    loadFlows().then(
      (flows) => {
        if (live) setState({ kind: 'ready', flows });
      },
      () => {
        if (live) setState({ kind: 'failed' });
      },
    );
    return () => {
      live = false;
    };
  }, [state.kind]);

  if (state.kind === 'ready') return children(state.flows);
  if (state.kind === 'loading') return <Progress text={t('steps.loading')} />;
  return (
    <div className="problem" role="alert">
      <p>{t('steps.loadFailed')}</p>
      <button type="button" onClick={() => setState({ kind: 'loading' })}>
        {t('actions.retry')}
      </button>
    </div>
  );
}
