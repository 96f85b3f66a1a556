// Removes what an upload leaves behind when nobody finishes it: uploads never attached to a
// message within a day (a dropped connection, a closed tab, a cancelled tip), and stored bytes
// whose row is gone (a case deleted under retention cascades its rows, not its files).
import type { Kysely } from 'kysely';
import type { Clock } from '../db/day';
import { utcDay } from '../db/day';
import type { Database } from '../db/schema';
import { deleteCaseFile, existingCaseFileIds, listAbandonedUploads } from '../repositories/case-files';
import type { FileStorage } from '../storage/file-storage';

const BATCH = 500;

export interface SweepResult {
  readonly abandoned: number;
  readonly orphans: number;
}

/**
 * One sweep. Uploads started before yesterday (UTC) that are not attached are deleted, row and
 * bytes; so an upload has between one and two days to be completed and attached.
 */
export async function sweepUploads(db: Kysely<Database>, storage: FileStorage, clock: Clock): Promise<SweepResult> {
  const now = clock();
  const yesterday = utcDay(new Date(now.getTime() - 24 * 60 * 60 * 1000));
  let abandoned = 0;
  for (;;) {
    const ids = await listAbandonedUploads(db, yesterday, BATCH);
    for (const id of ids) {
      // Bytes first: a crash in between leaves a row without bytes, which the next sweep deletes.
      await storage.remove(id);
      await deleteCaseFile(db, id);
      abandoned++;
    }
    if (ids.length < BATCH) break;
  }
  // Stored objects without a row. Rows are inserted before tus creates the object, so an object
  // without a row was never part of a live upload.
  const stored = await storage.list();
  let orphans = 0;
  for (let start = 0; start < stored.length; start += BATCH) {
    const batch = stored.slice(start, start + BATCH);
    const known = await existingCaseFileIds(db, batch);
    for (const id of batch) {
      if (known.has(id)) continue;
      await storage.remove(id);
      orphans++;
    }
  }
  return { abandoned, orphans };
}
