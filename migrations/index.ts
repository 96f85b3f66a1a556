// The ordered list of migrations. Add each new file here, in name order; a test checks that
// every migration file is listed and that the list is sorted.
import type { Migration } from 'kysely';
import * as m0001 from './0001_initial';
import * as m0002 from './0002_core_loop';
import * as m0003 from './0003_case_files';
import * as m0004 from './0004_encrypted_on_server';

export const migrations: Readonly<Record<string, Migration>> = {
  '0001_initial': m0001,
  '0002_core_loop': m0002,
  '0003_case_files': m0003,
  '0004_encrypted_on_server': m0004,
};
