// Building blocks for lead tests: fresh payloads with their own clientId, and counting what a list holds.
import crypto from 'node:crypto';
import type { Client } from './http';

let serial = 0;

export function leadPayload(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  serial += 1;
  return {
    clientId: crypto.randomUUID(),
    title: `测试线索${serial}：村里修好了便民桥`,
    body: '今天上午，村里的便民桥完成维修，村民出行更方便了。',
    category: '民生服务',
    photos: [],
    ...overrides,
  };
}

export async function countMine(client: Client, token: string): Promise<number> {
  return (await client.all(token, 'leads', 'mine')).length;
}

export async function countQueue(client: Client, token: string, status = 'submitted'): Promise<number> {
  return (await client.all(token, 'leads', 'queue', { status })).length;
}
