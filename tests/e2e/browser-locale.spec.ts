import { expect, test } from './fixtures';

interface CdpNode { nodeName: string; attributes?: string[]; children?: CdpNode[]; shadowRoots?: CdpNode[] }

/** The fields of a date input's own (user-agent) shadow tree, in the order Chromium lays them out. */
function dateFields(n: CdpNode, out: string[] = []): string[] {
  const attrs = n.attributes ?? [];
  const pseudo = attrs[attrs.indexOf('pseudo') + 1];
  if (attrs.includes('pseudo') && /^-webkit-datetime-edit-(year|month|day)-field$/.test(pseudo)) out.push(pseudo.replace(/^-webkit-datetime-edit-|-field$/g, ''));
  for (const c of [...(n.shadowRoots ?? []), ...(n.children ?? [])]) dateFields(c, out);
  return out;
}

test('the browser host runs Chromium in Chinese: a date field reads 年/月/日 (year first), not mm/dd/yyyy', async ({ launch }) => {
  const { page } = await launch.start();
  await page.evaluate(() => {
    const i = document.createElement('input');
    i.type = 'date';
    i.id = 'locale-probe';
    document.body.append(i);
  });
  const cdp = await page.context().newCDPSession(page);
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
  expect(dateFields(root)).toEqual(['year', 'month', 'day']);
  await page.locator('#locale-probe').screenshot({ path: 'test-results/browser-locale-date.png' });
});
