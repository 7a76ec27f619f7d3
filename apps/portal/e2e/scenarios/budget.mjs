// The initial-JS budget of the production build the stack serves.
/// <reference lib="dom" />
import { measure } from '../../scripts/bundle-budget.mjs';
import { assert, test } from '../support.mjs';

/** @param {import('../support.mjs').ScenarioContext} context */
export async function scenarios({ portalDist }) {
  await test('initial JavaScript is within the 250 KB gzip budget', async () => {
    const { chunks, totalGzip, withinBudget } = measure(portalDist);
    console.log(`      initial JS ${(totalGzip / 1024).toFixed(1)} KB gzip in ${chunks.length} chunk(s)`);
    assert(withinBudget, `initial JS is ${(totalGzip / 1024).toFixed(1)} KB gzip, over 250 KB`);
  });
}
