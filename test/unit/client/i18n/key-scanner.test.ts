// The key scanner reads what the key tests rely on: literal keys in the namespace of their `t`,
// qualified keys in msg() and Words, keys listed next to a dynamic use, and it refuses the rest.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scanFiles } from './key-scanner';
import { CLIENT_DIR, PROJECT_DIR } from './locale-files';

/** Made-up files, scanned as if they were client/<where>/<name>.tsx (they are never written). */
const fixtures: { readonly where: string; readonly name: string; readonly source: string }[] = [];

function fixture(where: string, name: string, source: string): string {
  fixtures.push({ where, name, source });
  return name;
}

let result: ReturnType<typeof scanFiles> | undefined;

/** What the scan found in one fixture (all fixtures are scanned together, once). */
function scan(name: string) {
  result ??= scanFiles(
    fixtures.map((file) => ({ path: join(CLIENT_DIR, file.where, `${file.name}.tsx`), source: file.source })),
    PROJECT_DIR,
  );
  const mine = (file: string): boolean => file.endsWith(`/${name}.tsx`);
  return {
    keys: result.uses.filter((use) => mine(use.file)).map((use) => use.key).sort(),
    problems: result.problems.filter((problem) => mine(problem.file)).map((problem) => `${problem.line}: ${problem.problem}`),
  };
}

const HEADER = `
import type { TFunction } from 'i18next';
import { Trans, useTranslation } from 'react-i18next';
import { msg } from '../shared/i18n/message';
import type { Words } from '../shared/i18n/words';
`;

const LITERAL = fixture(
  'whistleblower',
  'literal',
  `${HEADER}
export function A() {
  const { t } = useTranslation('whistleblower');
  return <p>{t('landing.title')} {t('common:actions.back')}</p>;
}
export function B() {
  const { t } = useTranslation(['prosecutor', 'common']);
  return <p>{t('login.title')}</p>;
}
export function C() {
  const { t: tc } = useTranslation();
  // A comment is not a use: t('comment.only')
  return <p>{tc('app.default')}</p>;
}`,
);

const TYPES = fixture(
  'prosecutor',
  'types',
  `${HEADER}
type IntakeT = TFunction<'intake'>;
export function label(t: IntakeT): string {
  return t('fields.title.label');
}
export function fact(context: { readonly t: TFunction<'intake'> }): string {
  const { t } = context;
  return t('view.labels.title');
}`,
);

const TRANS = fixture(
  'whistleblower',
  'trans',
  `${HEADER}
export function D() {
  const { t } = useTranslation('common');
  return <p><Trans t={t} i18nKey="list.and" /><Trans i18nKey="safety.tor" /><Trans i18nKey="prosecutor:case.meta" /></p>;
}`,
);

const QUALIFIED = fixture(
  'whistleblower',
  'qualified',
  `${HEADER}
export const good = msg('whistleblower:errors.network');
export const bad = msg('errors.network');
export function size(words: Words): string {
  return words.t('common:size.kb') + words.t('size.mb');
}`,
);

const DYNAMIC = fixture(
  'whistleblower',
  'dynamic',
  `${HEADER}
export function E({ on, key }: { readonly on: boolean; readonly key: string }) {
  const { t } = useTranslation('whistleblower');
  const a = t(on ? 'a.on' : 'a.off');
  // i18n-keys: whistleblower:b.on, whistleblower:b.off
  const b = t(on ? 'b.on' : 'b.off');
  const c = <Trans t={t} i18nKey={key} />;
  return <p>{a}{b}{c}</p>;
}`,
);

describe('key scanner', () => {
  it('reads literal keys in the namespace of their t, and qualified keys as they are', () => {
    const { keys, problems } = scan(LITERAL);
    expect(problems).toEqual([]);
    expect(keys).toEqual(['common:actions.back', 'prosecutor:login.title', 'whistleblower:app.default', 'whistleblower:landing.title']);
  });

  it('follows TFunction types through aliases and objects', () => {
    const { keys, problems } = scan(TYPES);
    expect(problems).toEqual([]);
    expect(keys).toEqual(['intake:fields.title.label', 'intake:view.labels.title']);
  });

  it('reads i18nKey in the namespace of the t given to Trans, or of the app', () => {
    const { keys, problems } = scan(TRANS);
    expect(problems).toEqual([]);
    expect(keys).toEqual(['common:list.and', 'prosecutor:case.meta', 'whistleblower:safety.tor']);
  });

  it('wants qualified keys in msg() and Words, and says so', () => {
    const { keys, problems } = scan(QUALIFIED);
    expect(keys).toEqual(['common:size.kb', 'whistleblower:errors.network']);
    expect(problems).toEqual([
      `8: msg('errors.network'): the namespace is unknown here, write "namespace:errors.network"`,
      `10: words.t('size.mb'): the namespace is unknown here, write "namespace:size.mb"`,
    ]);
  });

  it('refuses a key that is not a literal unless its keys are listed next to it', () => {
    const { keys, problems } = scan(DYNAMIC);
    expect(keys).toEqual(['whistleblower:b.off', 'whistleblower:b.on']);
    expect(problems).toEqual([
      '9: t with a key that is not a literal string: list its keys in an i18n-keys comment',
      '12: i18nKey with a key that is not a literal string: list its keys in an i18n-keys comment',
    ]);
  });
});
