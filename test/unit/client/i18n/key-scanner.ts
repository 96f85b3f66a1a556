// Finds every translation key the client code uses, with the TypeScript compiler (no i18next
// tooling). The convention it enforces, so that every key can be checked:
//   - keys are literal strings: t('landing.title'), msg('whistleblower:errors.network'),
//     <Trans t={t} i18nKey="safety.tor" />, words.t('common:size.kb');
//   - an unqualified key belongs to the namespace of the `t` it is given to, read from its type:
//     useTranslation('ns') gives a TFunction<'ns'>, and so does a parameter or field typed
//     TFunction<'ns'> (directly or through an alias); useTranslation() and <Trans> without `t`
//     mean the app's own namespace ('whistleblower' or 'prosecutor', by the file's folder);
//   - msg(), and a `t` that is not a TFunction of a known namespace (the Words of
//     client/shared/i18n), take fully qualified keys ("namespace:key");
//   - a key that is not a literal (a ternary, a variable) is allowed only with a comment
//     `i18n-keys: ns:a.b, ns:c.d` on the line of the call (or JSX element) or the line above,
//     listing every key it can be; a function that forwards keys made elsewhere (by msg()) says
//     `i18n-forward` there.
import ts from 'typescript';
import { dirname, join, relative } from 'node:path';

export interface KeyUse {
  /** "namespace:key" */
  readonly key: string;
  readonly file: string;
  readonly line: number;
}

export interface ScanProblem {
  readonly file: string;
  readonly line: number;
  readonly problem: string;
}

export interface ScanResult {
  readonly uses: KeyUse[];
  readonly problems: ScanProblem[];
}

export interface SourceFileText {
  /** Absolute path (it decides the app namespace and how imports resolve). */
  readonly path: string;
  readonly source: string;
}

const QUALIFIED = /^[\w-]+:[^:]+$/;

/** The app namespace a file belongs to (what useTranslation() with no argument means there). */
export function appNamespace(path: string): string | null {
  if (/\/client\/whistleblower\//.test(path)) return 'whistleblower';
  if (/\/client\/prosecutor\//.test(path)) return 'prosecutor';
  return null;
}

let options: ts.CompilerOptions | undefined;

function compilerOptions(projectDir: string): ts.CompilerOptions {
  if (options !== undefined) return options;
  const configPath = join(projectDir, 'tsconfig.json');
  const config = ts.readConfigFile(configPath, (path) => ts.sys.readFile(path));
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, dirname(configPath));
  options = { ...parsed.options, noEmit: true };
  return options;
}

/** A program over `files`, read from memory (imports and libraries from disk). */
function createProgram(files: readonly SourceFileText[], projectDir: string): ts.Program {
  const settings = compilerOptions(projectDir);
  const texts = new Map(files.map((file) => [file.path, file.source]));
  const host = ts.createCompilerHost(settings, true);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (path, language, onError, create) => {
    const text = texts.get(path);
    return text === undefined ? getSourceFile(path, language, onError, create) : ts.createSourceFile(path, text, language, true);
  };
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (path) => texts.has(path) || fileExists(path);
  const readFile = host.readFile.bind(host);
  host.readFile = (path) => texts.get(path) ?? readFile(path);
  return ts.createProgram([...texts.keys()], settings, host);
}

/** Lines (1-based) of `i18n-keys:` and `i18n-forward` comments, with the keys listed. */
function markerComments(source: string): { readonly listed: Map<number, string[]>; readonly forward: Set<number> } {
  const listed = new Map<number, string[]>();
  const forward = new Set<number>();
  source.split('\n').forEach((text, index) => {
    const keys = /i18n-keys:(.*?)(?:\*\/|$)/.exec(text);
    if (keys?.[1] !== undefined) listed.set(index + 1, keys[1].split(/[\s,]+/).filter((key) => key !== ''));
    if (/i18n-forward\b/.test(text)) forward.add(index + 1);
  });
  return { listed, forward };
}

/** A marker counts on the line of the use (a call, or the JSX element) or the line just above it. */
function nearMarker(lines: ReadonlySet<number> | ReadonlyMap<number, unknown>, line: number): boolean {
  return lines.has(line) || lines.has(line - 1);
}

function literalText(node: ts.Node | undefined): string | null {
  if (node === undefined) return null;
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  return null;
}

/**
 * The namespace of a translate function, from its type: a string for TFunction<'ns'>, null for
 * a translate function of unknown namespace, undefined for anything else.
 */
function namespaceOf(checker: ts.TypeChecker, node: ts.Node, path: string): string | null | undefined {
  const type = checker.getTypeAtLocation(node);
  if (type.getSymbol()?.name !== 'TFunction') return undefined;
  const [first] = checker.getTypeArguments(type as ts.TypeReference);
  if (first === undefined) return null;
  if (first.isStringLiteral()) return first.value === 'translation' ? appNamespace(path) : first.value;
  // useTranslation() types its t as TFunction<["translation", ...string[]]>: the app's namespace.
  if (checker.isTupleType(first)) {
    const [head] = checker.getTypeArguments(first as ts.TypeReference);
    if (head?.isStringLiteral() === true) return head.value === 'translation' ? appNamespace(path) : head.value;
  }
  return null;
}

export function scanFiles(files: readonly SourceFileText[], projectDir: string): ScanResult {
  const program = createProgram(files, projectDir);
  const checker = program.getTypeChecker();
  const uses: KeyUse[] = [];
  const problems: ScanProblem[] = [];

  for (const { path, source } of files) {
    const sourceFile = program.getSourceFile(path);
    if (sourceFile === undefined) throw new Error(`${path} is not in the program`);
    const file = relative(projectDir, path).split('\\').join('/');
    const { listed, forward } = markerComments(source);
    const lineOf = (node: ts.Node): number => sourceFile.getLineAndCharacterOfPosition(node.getStart(sourceFile)).line + 1;

    for (const [line, keys] of listed) {
      for (const key of keys) {
        if (QUALIFIED.test(key)) uses.push({ key, file, line });
        else problems.push({ file, line, problem: `i18n-keys lists "${key}": list keys as "namespace:key"` });
      }
    }

    const record = (node: ts.Node, keyNode: ts.Node | undefined, namespace: string | null, what: string): void => {
      const line = lineOf(node);
      const key = literalText(keyNode);
      if (key === null) {
        if (!nearMarker(listed, line) && !nearMarker(forward, line)) {
          problems.push({ file, line, problem: `${what} with a key that is not a literal string: list its keys in an i18n-keys comment` });
        }
        return;
      }
      if (QUALIFIED.test(key)) uses.push({ key, file, line });
      else if (namespace === null) problems.push({ file, line, problem: `${what}('${key}'): the namespace is unknown here, write "namespace:${key}"` });
      else uses.push({ key: `${namespace}:${key}`, file, line });
    };

    const visit = (node: ts.Node): void => {
      if (ts.isCallExpression(node)) {
        const callee = node.expression;
        const [first] = node.arguments;
        const name = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : null;
        const namespace = namespaceOf(checker, callee, path);
        if (name === 'msg' && ts.isIdentifier(callee)) record(node, first, null, 'msg');
        else if (namespace !== undefined) record(node, first, namespace, callee.getText());
        else if (name === 't') record(node, first, null, callee.getText());
      }
      if (ts.isJsxAttribute(node) && node.name.getText() === 'i18nKey') {
        let namespace: string | null = appNamespace(path);
        for (const attribute of node.parent.properties) {
          if (!ts.isJsxAttribute(attribute) || attribute.initializer === undefined) continue;
          const value = ts.isJsxExpression(attribute.initializer) ? attribute.initializer.expression : attribute.initializer;
          if (value === undefined) continue;
          if (attribute.name.getText() === 'ns') namespace = literalText(value);
          if (attribute.name.getText() === 't') namespace = namespaceOf(checker, value, path) ?? null;
        }
        const value = node.initializer !== undefined && ts.isJsxExpression(node.initializer) ? node.initializer.expression : node.initializer;
        record(node.parent.parent, value, namespace, 'i18nKey');
      }
      ts.forEachChild(node, visit);
    };
    visit(sourceFile);
  }
  return { uses, problems };
}
