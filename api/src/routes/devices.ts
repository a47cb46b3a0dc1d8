import { Hono } from 'hono';
import { desc, eq } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import { Device, DeviceRegisterRequest, EcPublicJwk } from '@vigil/shared/schemas/capture';
import { jwkThumbprint } from '@vigil/shared/evidence/signature';
import { z } from 'zod';
import { devices } from '../db/schema/devices.ts';
import type { AppEnv } from '../lib/context.ts';
import { errors } from '../lib/errors.ts';
import { requireAuth, route } from '../lib/route.ts';

const everyone = ['staff', 'pr_lead', 'legal', 'admin'] as const;

type DeviceRow = typeof devices.$inferSelect;
const deviceDto = (d: DeviceRow): Device => ({
  id: d.id,
  name: d.name,
  keyThumbprint: d.keyThumbprint,
  publicKeyJwk: EcPublicJwk.parse(JSON.parse(d.publicKeyJwk)),
  createdAt: d.createdAt.toISOString(),
});

/** A JWK can be well-formed and still not be a point on P-256; WebCrypto's import is the real test. */
async function isP256Point(jwk: EcPublicJwk): Promise<boolean> {
  try {
    await crypto.subtle.importKey('jwk', { ...jwk, ext: true }, { name: 'ECDSA', namedCurve: 'P-256' }, true, ['verify']);
    return true;
  } catch {
    return false;
  }
}

/** Extension devices and their signing keys (issue 6): registered when the token is set up, bound to that user. */
export const deviceRoutes = new Hono<AppEnv>()
  .post(
    '/',
    route({
      roles: everyone,
      summary: 'Register this device’s ECDSA P-256 public key; registering the same key again returns the same device',
      body: DeviceRegisterRequest,
      responses: { 201: { description: 'registered', schema: Device }, 200: { description: 'already registered by you', schema: Device }, 409: { description: 'key belongs to another user' } },
    }),
    async (c) => {
      const auth = requireAuth(c);
      const { db, clock } = c.get('deps');
      const { name, publicKeyJwk } = c.req.valid('json');
      if (!(await isP256Point(publicKeyJwk))) throw errors.badRequest('公钥不是有效的 P-256 密钥 / Not a valid P-256 public key', 'invalid_key');
      const keyThumbprint = await jwkThumbprint(publicKeyJwk);
      const [existing] = await db.select().from(devices).where(eq(devices.keyThumbprint, keyThumbprint)).limit(1);
      if (existing) {
        if (existing.userId !== auth.user.id) throw errors.conflict('此密钥已被其他用户注册 / This key is registered to another user', 'key_taken');
        return c.json(deviceDto(existing), 200);
      }
      const [row] = await db
        .insert(devices)
        .values({ id: randomUUID(), userId: auth.user.id, name, publicKeyJwk: JSON.stringify(publicKeyJwk), keyThumbprint, createdAt: clock.now() })
        .returning();
      return c.json(deviceDto(row!), 201);
    },
  )
  .get(
    '/',
    route({
      roles: everyone,
      summary: 'Your registered devices, newest first',
      responses: { 200: { description: 'devices', schema: z.object({ items: z.array(Device) }) } },
    }),
    async (c) => {
      const auth = requireAuth(c);
      const rows = await c.get('deps').db.select().from(devices).where(eq(devices.userId, auth.user.id)).orderBy(desc(devices.createdAt));
      return c.json({ items: rows.map(deviceDto) }, 200);
    },
  );
