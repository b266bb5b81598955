// Storage of the bundled provider's short-lived records (interactions, codes, sessions,
// grants) in process memory. It is a stand-in for an outside system: losing them on restart
// only means people log in again. (Our own sessions live in the database.)
import type { Adapter, AdapterPayload } from 'oidc-provider';

const store = new Map<string, { payload: AdapterPayload; expiresAt: number }>();
const MAX_RECORDS = 100_000;

export class MemoryAdapter implements Adapter {
  constructor(private readonly model: string) {}

  private key(id: string) {
    return `${this.model}:${id}`;
  }

  async upsert(id: string, payload: AdapterPayload, expiresIn: number): Promise<void> {
    if (store.size >= MAX_RECORDS) sweep();
    store.set(this.key(id), { payload, expiresAt: Date.now() + expiresIn * 1000 });
    if (payload.grantId) grants(payload.grantId).add(this.key(id));
    if (payload.userCode) store.set(`userCode:${payload.userCode}`, { payload: { id } as AdapterPayload, expiresAt: Date.now() + expiresIn * 1000 });
    if (payload.uid) store.set(`${this.model}:uid:${payload.uid}`, { payload: { id } as AdapterPayload, expiresAt: Date.now() + expiresIn * 1000 });
  }

  async find(id: string): Promise<AdapterPayload | undefined> {
    const hit = store.get(this.key(id));
    if (!hit || hit.expiresAt < Date.now()) return undefined;
    return hit.payload;
  }

  async findByUserCode(userCode: string): Promise<AdapterPayload | undefined> {
    const ref = store.get(`userCode:${userCode}`);
    return ref ? this.find(String(ref.payload.id)) : undefined;
  }

  async findByUid(uid: string): Promise<AdapterPayload | undefined> {
    const ref = store.get(`${this.model}:uid:${uid}`);
    return ref ? this.find(String(ref.payload.id)) : undefined;
  }

  async consume(id: string): Promise<void> {
    const hit = store.get(this.key(id));
    if (hit) hit.payload.consumed = Math.floor(Date.now() / 1000);
  }

  async destroy(id: string): Promise<void> {
    store.delete(this.key(id));
  }

  async revokeByGrantId(grantId: string): Promise<void> {
    for (const key of grants(grantId)) store.delete(key);
    grantIndex.delete(grantId);
  }
}

const grantIndex = new Map<string, Set<string>>();
function grants(grantId: string): Set<string> {
  let set = grantIndex.get(grantId);
  if (!set) grantIndex.set(grantId, (set = new Set()));
  return set;
}

function sweep() {
  const now = Date.now();
  for (const [k, v] of store) if (v.expiresAt < now) store.delete(k);
  for (const [grantId, keys] of grantIndex) {
    for (const k of keys) if (!store.has(k)) keys.delete(k);
    if (keys.size === 0) grantIndex.delete(grantId);
  }
}
