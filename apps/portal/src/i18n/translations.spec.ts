import fs from 'node:fs';
import path from 'node:path';
import { volunteeringPublicEn, volunteeringPublicNb } from '../features/volunteering/public-i18n';
import { en } from './en';
import { nb } from './nb';

/** Strings a page adds to the bundle when it loads (kept out of the first screen's size budget). */
const pageBundles = { nb: [volunteeringPublicNb], en: [volunteeringPublicEn] };

type Tree = { [key: string]: string | Tree };

function keys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : keys(value, `${prefix}${key}.`),
  );
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'test' ? [] : sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !/\.spec\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/** Keys written literally in the code: t('a.b'), label: 'nav.x', …Key: 'x.y' */
function usedKeys(): string[] {
  const found = new Set<string>();
  for (const file of sourceFiles(path.join(__dirname, '..'))) {
    const text = fs.readFileSync(file, 'utf8');
    for (const match of text.matchAll(/\bt\(\s*'([a-zA-Z]+(?:\.[\w-]+)+)'/g)) found.add(match[1]);
    for (const match of text.matchAll(/\blabel: '((?:nav)\.[\w.]+)'/g)) found.add(match[1]);
  }
  return [...found];
}

/** A key with a count may exist only as its plural forms (key_one, key_other). */
const exists = (available: Set<string>, key: string) =>
  available.has(key) || (available.has(`${key}_one`) && available.has(`${key}_other`));

describe('translations', () => {
  it('has the same keys in bokmål and English', () => {
    expect(keys(en as unknown as Tree).sort()).toEqual(keys(nb as unknown as Tree).sort());
    pageBundles.nb.forEach((bundle, i) =>
      expect(keys(pageBundles.en[i] as unknown as Tree).sort()).toEqual(keys(bundle as unknown as Tree).sort()),
    );
  });

  it('has every key the code uses, in both languages', () => {
    const nbKeys = new Set([nb, ...pageBundles.nb].flatMap((tree) => keys(tree as unknown as Tree)));
    const missing = usedKeys().filter((key) => !exists(nbKeys, key));
    expect(missing).toEqual([]);
  });

  it('has no empty texts', () => {
    const empty = [nb, en, ...pageBundles.nb, ...pageBundles.en].flatMap((tree) =>
      keys(tree as unknown as Tree).filter((key) => {
        const value = key.split('.').reduce<unknown>((node, part) => (node as Tree)[part], tree);
        return typeof value !== 'string' || value.trim() === '';
      }),
    );
    expect(empty).toEqual([]);
  });
});
