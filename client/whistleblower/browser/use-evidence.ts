// The evidence files chosen on a form (the tip, or an answer): the limits shown before anything
// is chosen, files over a limit refused at once with the reason, and each accepted file checked
// for hidden details (one at a time: a file is read into memory to be cleaned). State only; the
// work runs in the lazily loaded services.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { UploadLimits } from '../../shared/files/limits';
import { msg, type Message } from '../../shared/i18n/message';
import { fileToSend, sizeToSend, type ChosenFile } from '../logic/evidence';
import type { FileToSend } from '../../shared/files/types';
import { failureText } from '../services/errors';
import { loadServices } from '../services/load-services';

export interface EvidenceQuota {
  readonly usedBytes: number;
  readonly limitBytes: number;
}

export interface Evidence {
  readonly files: readonly ChosenFile[];
  /** Why files were not added, in plain words (shown until the next choice). */
  readonly refusals: readonly Message[];
  /** "Up to 2 GB per file, …", null while loading. */
  readonly limitsText: Message | null;
  /** True while a metadata check runs. */
  readonly checking: boolean;
  choose(list: readonly File[]): void;
  remove(id: string): void;
  keepOriginal(id: string, keep: boolean): void;
  clear(): void;
  /** The files as they will be sent, or null while a check is still running. */
  toSend(): { readonly id: string; readonly file: FileToSend }[] | null;
}

let nextId = 1;

/** `quota`: the case's storage (return flow), or null for a new case (the whole quota is free). */
export function useEvidence(quota: EvidenceQuota | null): Evidence {
  const [files, setFiles] = useState<readonly ChosenFile[]>([]);
  const [refusals, setRefusals] = useState<readonly Message[]>([]);
  const [limits, setLimits] = useState<UploadLimits | null>(null);
  const [limitsText, setLimitsText] = useState<Message | null>(null);
  const current = useRef<readonly ChosenFile[]>([]);
  const checks = useRef<Promise<void>>(Promise.resolve());
  const quotaRef = useRef(quota);
  quotaRef.current = quota;

  const update = useCallback((next: (files: readonly ChosenFile[]) => readonly ChosenFile[]) => {
    current.current = next(current.current);
    setFiles(current.current);
  }, []);

  const loadLimits = useCallback(async (): Promise<UploadLimits> => {
    const services = await loadServices();
    const loaded = await services.fetchUploadLimits();
    setLimits(loaded);
    return loaded;
  }, []);

  useEffect(() => {
    loadLimits().catch(() => setLimitsText(msg('whistleblower:evidence.limitsFailed')));
  }, [loadLimits]);

  useEffect(() => {
    if (limits === null) return;
    loadServices().then(
      (services) => {
        const free = quotaRef.current ?? { usedBytes: 0, limitBytes: limits.caseQuotaBytes };
        setLimitsText(services.limitsText(limits, free));
      },
      () => setLimitsText(null),
    );
  }, [limits, quota?.usedBytes, quota?.limitBytes]);

  const choose = useCallback(
    (list: readonly File[]) => {
      if (list.length === 0) return;
      void (async () => {
        const found: Message[] = [];
        let services;
        let known;
        try {
          services = await loadServices();
          known = limits ?? (await loadLimits());
        } catch (error) {
          setRefusals([msg('whistleblower:evidence.noFileAdded', { why: failureText(error) })]);
          return;
        }
        const free = quotaRef.current ?? { usedBytes: 0, limitBytes: known.caseQuotaBytes };
        const added: ChosenFile[] = [];
        for (const file of list) {
          const chosen = [...current.current, ...added].map((c) => ({ size: sizeToSend(c) }));
          const refusal = services.limitRefusal({ name: file.name, size: file.size }, known, free, chosen);
          if (refusal !== null) found.push(refusal);
          else added.push({ id: `file-${nextId++}`, file, check: null, keepOriginal: false });
        }
        setRefusals(found);
        if (added.length === 0) return;
        update((files) => [...files, ...added]);
        for (const chosen of added) {
          checks.current = checks.current.then(async () => {
            if (!current.current.some((c) => c.id === chosen.id)) return;
            const check = await services.checkEvidence(chosen.file);
            update((files) => files.map((c) => (c.id === chosen.id ? { ...c, check } : c)));
          });
        }
      })();
    },
    [limits, loadLimits, update],
  );

  const remove = useCallback((id: string) => update((files) => files.filter((c) => c.id !== id)), [update]);
  const keepOriginal = useCallback((id: string, keep: boolean) => update((files) => files.map((c) => (c.id === id ? { ...c, keepOriginal: keep } : c))), [update]);
  const clear = useCallback(() => {
    update(() => []);
    setRefusals([]);
  }, [update]);

  const toSend = useCallback(() => {
    const out: { id: string; file: FileToSend }[] = [];
    for (const chosen of current.current) {
      const file = fileToSend(chosen);
      if (file === null) return null;
      out.push({ id: chosen.id, file });
    }
    return out;
  }, []);

  return { files, refusals, limitsText, checking: files.some((c) => c.check === null), choose, remove, keepOriginal, clear, toSend };
}
