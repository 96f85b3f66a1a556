// After the tip has gone and its case code was written down: opens the new case with its keys,
// sends the chosen evidence files one by one (progress, Cancel, Retry), then attaches those that
// arrived with one signed files message. Whatever happens, it ends with onFinished and the names
// of files that did not arrive, which the done screen lists. The keys are wiped when this step
// ends (or the page leaves it).
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseKeys } from '../../../crypto/index';
import type { Message } from '../../shared/i18n/message';
import { useSay, useWords } from '../../shared/i18n/use-words';
import type { FileToSend } from '../../shared/files/types';
import type { QueuedUpload, UploadQueue } from '../../shared/files/upload-queue';
import { Progress } from '../components/Progress';
import { ScreenHeading } from '../components/ScreenHeading';
import { UploadList } from '../components/UploadList';
import { listNames } from '../logic/evidence';
import type { CaseConnection } from '../services/crypto-services';
import { failureText } from '../services/errors';
import { loadServices } from '../services/load-services';

export interface SendFilesStepProps {
  readonly keys: CaseKeys;
  readonly files: readonly { readonly id: string; readonly file: FileToSend }[];
  readonly rootPublicKey: string;
  /** Called once: the names of the files that did not arrive (empty when all did). */
  readonly onFinished: (missing: readonly string[]) => void;
}

function copyKeys(keys: CaseKeys): CaseKeys {
  return {
    caseId: keys.caseId.slice(),
    signing: { publicKey: keys.signing.publicKey.slice(), secretKey: keys.signing.secretKey.slice() },
    box: { publicKey: keys.box.publicKey.slice(), secretKey: keys.box.secretKey.slice() },
  };
}

function wipeKeys(keys: CaseKeys): void {
  keys.signing.secretKey.fill(0);
  keys.box.secretKey.fill(0);
}

type Stage =
  | { readonly kind: 'opening' }
  | { readonly kind: 'sending' }
  | { readonly kind: 'choose' }
  | { readonly kind: 'attaching' }
  | { readonly kind: 'problem'; readonly message: Message; readonly retry: 'open' | 'attach' };

export function SendFilesStep({ keys, files, rootPublicKey, onFinished }: SendFilesStepProps) {
  const { t } = useTranslation('whistleblower');
  const words = useWords();
  const say = useSay();
  const [stage, setStage] = useState<Stage>({ kind: 'opening' });
  const [items, setItems] = useState<readonly QueuedUpload[]>([]);
  const connection = useRef<CaseConnection | null>(null);
  const queue = useRef<UploadQueue | null>(null);
  const finished = useRef(false);
  const started = useRef(false);

  const onFinishedRef = useRef(onFinished);
  onFinishedRef.current = onFinished;
  const finish = useCallback((missing: readonly string[]) => {
    if (finished.current) return;
    finished.current = true;
    queue.current?.dispose();
    connection.current?.close();
    wipeKeys(keys);
    onFinishedRef.current(missing);
  }, [keys]);

  const attach = useCallback(async () => {
    const current = queue.current;
    const open = connection.current;
    if (current === null || open === null) return;
    const entries = current.entries;
    const missing = current.items.filter((item) => item.entry === null).map((item) => item.name);
    if (entries.length === 0) {
      finish(missing);
      return;
    }
    setStage({ kind: 'attaching' });
    try {
      const services = await loadServices();
      await open.sendFiles(services.buildFilesContent(entries), 'relink');
      finish(missing);
    } catch (error) {
      setStage({ kind: 'problem', message: failureText(error), retry: 'attach' });
    }
  }, [finish]);

  const afterUploads = useCallback(async () => {
    const current = queue.current;
    if (current === null || finished.current) return;
    if (current.allArrived) await attach();
    else setStage({ kind: 'choose' });
  }, [attach]);

  const begin = useCallback(async () => {
    setStage({ kind: 'opening' });
    try {
      const services = await loadServices();
      if (connection.current === null) {
        // The connection takes a copy of the keys over (and wipes it when closed, or on failure).
        const opened = await services.openCaseWithKeys(copyKeys(keys), rootPublicKey);
        if (finished.current) {
          opened.connection.close();
          return;
        }
        connection.current = opened.connection;
      }
      const open = connection.current;
      queue.current ??= new services.UploadQueue(services.startUpload, open.uploadTarget(), files, setItems);
      setItems(queue.current.items);
      setStage({ kind: 'sending' });
      await queue.current.run();
      await afterUploads();
    } catch (error) {
      setStage({ kind: 'problem', message: failureText(error), retry: 'open' });
    }
  }, [afterUploads, files, keys, rootPublicKey]);

  // Starts once. If the page goes away mid-way, the uploads stop and the keys are wiped; the
  // teardown waits a moment so that React's development double-mount does not trigger it.
  const teardown = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => {
    if (teardown.current !== null) clearTimeout(teardown.current);
    teardown.current = null;
    if (!started.current) {
      started.current = true;
      void begin();
    }
    return () => {
      teardown.current = setTimeout(() => {
        finished.current = true;
        queue.current?.dispose();
        connection.current?.close();
        wipeKeys(keys);
      }, 0);
    };
  }, [begin, keys]);

  // When the files need the person (some failed, or attaching failed), bring focus to the choice.
  useEffect(() => {
    if (stage.kind === 'choose' || stage.kind === 'problem') document.getElementById('files-problem')?.focus();
  }, [stage.kind]);

  const retryFile = (id: string): void => {
    const current = queue.current;
    if (current === null) return;
    setStage({ kind: 'sending' });
    void current.retry(id).then(afterUploads);
  };

  const missingNames = items.filter((item) => item.entry === null && (item.progress.phase === 'failed' || item.progress.phase === 'cancelled')).map((item) => item.name);
  const allNames = files.map((file) => file.file.name);

  return (
    <>
      <ScreenHeading>{t('sendFiles.title')}</ScreenHeading>
      <p className="success">{t('code.sent')}</p>
      <p>{t('sendFiles.intro')}</p>
      {stage.kind === 'opening' ? <Progress text={t('sendFiles.preparing')} /> : null}
      {items.length === 0 ? null : <UploadList items={items} canRetry={stage.kind === 'choose' || stage.kind === 'sending'} onCancel={(id) => queue.current?.cancel(id)} onRetry={retryFile} />}
      {stage.kind === 'attaching' ? <Progress text={t('sendFiles.attaching')} /> : null}
      {stage.kind === 'choose' ? (
        <div className="problem" role="alert" id="files-problem" tabIndex={-1}>
          <p>{t('sendFiles.notSent', { count: missingNames.length, names: listNames(missingNames, words) })}</p>
          <p>{t('sendFiles.retryOrContinue')}</p>
          <div className="actions">
            <button type="button" onClick={() => void attach()}>
              {t('sendFiles.continueWithoutThese')}
            </button>
          </div>
        </div>
      ) : null}
      {stage.kind === 'problem' ? (
        <div className="problem" role="alert" id="files-problem" tabIndex={-1}>
          <p>{say(stage.message)}</p>
          <p>{t('sendFiles.tryOrContinue')}</p>
          <div className="actions">
            <button type="button" onClick={() => void (stage.retry === 'open' ? begin() : attach())}>
              {t('common:actions.tryAgain')}
            </button>
            <button type="button" onClick={() => finish(allNames)}>
              {t('sendFiles.continueWithout')}
            </button>
          </div>
        </div>
      ) : null}
    </>
  );
}
