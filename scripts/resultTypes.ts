// Result shapes for docs/api.md, read from the TypeScript types of the function tables.
// Why the compiler and not a hand-written description per action: the result IS the service's return type, so
// reading it from the checker cannot drift, while a description beside each action would be a second copy that
// nothing checks. Cost: building a program over core + functions (a few seconds), paid by docs:api and its test.
import { join, sep } from 'node:path';
import ts from 'typescript';

const ROOT = join(__dirname, '..');
const TABLE = join(ROOT, 'cloudfunctions/functions/index.ts');
const FLAGS = ts.TypeFormatFlags.NoTruncation | ts.TypeFormatFlags.UseAliasDefinedOutsideCurrentScope;

export interface ResultShapes {
  /** `fn.action` → the awaited result type as written, e.g. `PageView<LeadView>`. */
  results: Map<string, string>;
  /** `fn.action` → the doc comment written above the action in its table, if any. */
  notes: Map<string, string>;
  /** Every named view type reachable from a result, with its fields. */
  views: Map<string, { name: string; type: string; optional: boolean }[]>;
}

function program(): ts.Program {
  const config = ts.readConfigFile(join(ROOT, 'tsconfig.json'), ts.sys.readFile).config;
  const { options } = ts.parseJsonConfigFileContent(config, ts.sys, ROOT);
  return ts.createProgram([TABLE], { ...options, noEmit: true, types: [] });
}

function ownNamed(type: ts.Type): ts.Symbol | undefined {
  const symbol = type.aliasSymbol ?? type.getSymbol();
  const file = symbol?.declarations?.[0]?.getSourceFile().fileName;
  const inCore = file?.split('/').join(sep).startsWith(join(ROOT, 'cloudfunctions'));
  return inCore && symbol && !symbol.getName().startsWith('__') ? symbol : undefined;
}

export function resultShapes(): ResultShapes {
  const prog = program();
  const checker = prog.getTypeChecker();
  const source = prog.getSourceFile(TABLE);
  if (!source) throw new Error(`cannot read ${TABLE}`);
  const table = checker.getExportsOfModule(checker.getSymbolAtLocation(source)!).find((s) => s.name === 'FUNCTIONS');
  if (!table) throw new Error('FUNCTIONS is not exported');
  const results = new Map<string, string>();
  const notes = new Map<string, string>();
  const views: ResultShapes['views'] = new Map();
  const seen = new Set<ts.Type>();

  const visit = (type: ts.Type): void => {
    if (seen.has(type)) return;
    seen.add(type);
    if (type.isUnion() || type.isIntersection()) type.types.forEach(visit);
    const args =
      type.aliasTypeArguments ??
      (checker.isArrayType(type) || checker.isTupleType(type)
        ? checker.getTypeArguments(type as ts.TypeReference)
        : (type as ts.TypeReference).typeArguments);
    args?.forEach(visit);
    const named = ownNamed(type);
    if (!named || !(type.flags & ts.TypeFlags.Object)) return;
    // A generic view (PageView<T>) is listed once, as declared, with its type parameters.
    const declared = type.aliasSymbol ? type : checker.getDeclaredTypeOfSymbol(named);
    const name = checker.typeToString(declared, undefined, FLAGS);
    if (views.has(name)) return;
    views.set(name, []);
    const fields = checker.getPropertiesOfType(declared).map((p) => {
      const t = checker.getTypeOfSymbol(p);
      visit(t);
      const optional = (p.flags & ts.SymbolFlags.Optional) !== 0;
      const written = checker.typeToString(t, undefined, FLAGS).replace(/ \| undefined$/, '');
      return { name: p.name, type: written, optional };
    });
    views.set(name, fields);
  };

  const tableType = checker.getTypeOfSymbol(table);
  for (const fn of checker.getPropertiesOfType(tableType)) {
    const actions = checker.getTypeOfSymbol(checker.getPropertyOfType(checker.getTypeOfSymbol(fn), 'actions')!);
    for (const action of checker.getPropertiesOfType(actions)) {
      const run = checker.getPropertyOfType(checker.getTypeOfSymbol(action), 'run')!;
      const [signature] = checker.getTypeOfSymbol(run).getCallSignatures();
      const returned = checker.getReturnTypeOfSignature(signature!);
      const result = checker.getAwaitedType(returned) ?? returned;
      results.set(`${fn.name}.${action.name}`, checker.typeToString(result, undefined, FLAGS));
      const note = ts.displayPartsToString(action.getDocumentationComment(checker)).replace(/\s+/g, ' ').trim();
      if (note) notes.set(`${fn.name}.${action.name}`, note);
      visit(result);
    }
  }
  return { results, notes, views };
}
