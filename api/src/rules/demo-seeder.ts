import { demoPack } from '@vigil/shared/engine/demo-pack';
import type { SeedContext } from '../cli/seed.ts';
import { brands } from '../db/schema/brands.ts';
import { riskTerms } from '../db/schema/risk-terms.ts';
import { replacePack } from './pack-store.ts';

/** `seed --demo` (issue 3): the demo brand 青禾乳业 and its pack, only into a database that has no rules yet. */
export async function seedDemoRules({ db, now, log }: SeedContext): Promise<void> {
  const [anyBrand] = await db.select({ id: brands.id }).from(brands).limit(1);
  const [anyTerm] = await db.select({ id: riskTerms.id }).from(riskTerms).limit(1);
  if (anyBrand || anyTerm) return;
  const pack = await replacePack(db, demoPack, now);
  log(`demo rule pack: ${pack.brands.map((b) => b.name).join(', ')} (${pack.riskTerms.length} risk terms, ${pack.version})`);
}
