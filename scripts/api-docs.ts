// Renders docs/api.md from the functions table and its zod schemas, so the docs cannot drift from the code.
// `npm run docs:api` writes the file; tests/unit/apiDocs.test.ts fails when it is stale.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as z from 'zod/mini';
import { roleMayCall, type FunctionName } from '../cloudfunctions/core/permissions';
import { FIELD_LABELS } from '../cloudfunctions/core/validation';
import { ROLES } from '../cloudfunctions/core/vocabulary';
import { FUNCTIONS } from '../cloudfunctions/functions';

interface JsonSchema {
  type?: string;
  enum?: unknown[];
  anyOf?: JsonSchema[];
  items?: JsonSchema;
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  maxItems?: number;
  properties?: Record<string, JsonSchema>;
  required?: string[];
}

function typeOf(s: JsonSchema): string {
  if (s.anyOf) return s.anyOf.map(typeOf).join(' \\| ');
  if (s.enum) return s.enum.map((v) => `\`${String(v)}\``).join(' \\| ');
  if (s.type === 'array') return `${typeOf(s.items ?? {})}[]`;
  return s.format ?? s.type ?? 'any';
}

function limitsOf(s: JsonSchema): string {
  const parts: string[] = [];
  for (const part of s.anyOf ?? [s]) {
    if (part.minLength !== undefined && part.minLength > 0) parts.push(`至少 ${part.minLength} 字`);
    if (part.maxLength !== undefined) parts.push(`至多 ${part.maxLength} 字`);
    if (part.minimum !== undefined) parts.push(`≥ ${part.minimum}`);
    if (part.maximum !== undefined) parts.push(`≤ ${part.maximum}`);
    if (part.maxItems !== undefined) parts.push(`至多 ${part.maxItems} 项`);
    if (part.pattern && !part.format) parts.push(`格式 \`${part.pattern}\``);
  }
  return parts.join('，');
}

function fieldTable(schema: JsonSchema): string {
  const props = Object.entries(schema.properties ?? {});
  if (props.length === 0) return '无参数。\n';
  const required = new Set(schema.required ?? []);
  const rows = props.map(
    ([name, p]) =>
      `| \`${name}\` | ${FIELD_LABELS[name] ?? ''} | ${typeOf(p)} | ${required.has(name) ? '是' : '否'} | ${limitsOf(p)} |`,
  );
  return ['| 字段 | 含义 | 类型 | 必填 | 限制 |', '|---|---|---|---|---|', ...rows].join('\n') + '\n';
}

export function renderApiDocs(): string {
  const out: string[] = [
    '# 乡讯 cloud functions: payloads',
    '',
    'Generated from the zod schemas in `cloudfunctions/core/schemas.ts` (and `core/accounts/schemas.ts`,',
    '`core/articles/schemas.ts`, …) and the role table in',
    '`cloudfunctions/core/permissions.ts` by `npm run docs:api`; a unit test fails when this file is stale.',
    'Every call sends `{ action, ...payload }` and receives the envelope of DESIGN 4.1. Unknown fields are refused',
    '(`INVALID_ARGUMENT`), text fields are trimmed before their limits are checked.',
    '',
  ];
  for (const [name, fn] of Object.entries(FUNCTIONS)) {
    out.push(`## \`${name}\``, '');
    for (const [action, def] of Object.entries(fn.actions)) {
      const roles = ROLES.filter((r) => roleMayCall(r, name as FunctionName, action));
      const who = def.unbound ? '未绑定的微信用户' : roles.join('、');
      out.push(`### \`${name}.${action}\``, '', `调用者：${who}`, '');
      out.push(fieldTable(z.toJSONSchema(def.schema as never, { io: 'input', unrepresentable: 'any' }) as JsonSchema));
    }
  }
  return out.join('\n');
}

export const API_DOCS_PATH = join(__dirname, '..', 'docs', 'api.md');

if (require.main === module) {
  writeFileSync(API_DOCS_PATH, renderApiDocs());
  console.log(`wrote ${API_DOCS_PATH}`);
}
