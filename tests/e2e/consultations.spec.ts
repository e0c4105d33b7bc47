import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { expect, importBundle, nav, openDemoOffice, openExchange, setUpOffice, test, tmpDir } from './fixtures';
import { pageTexts, pdfInfo } from './print-pdf';

const TOPIC = '清潭社区夜间停车难';
const REASON = '居民反映夜间车位缺口约两百个，车辆停进消防通道。';
const CONSENSUS = '利用周边学校操场夜间错时开放停车，小区内重新划线增设车位，物业每晚巡查消防通道。';
const HQ_FEEDBACK = '区政府办公室来函：同意协商意见，交区城市管理局牵头落实';

const flat = (t: string) => t.replace(/\s+/g, '');
const local = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

test('a topic from a suggestion, planned, the meeting held with its session, consensus and measures, the 专报 printed and in Word, HQ\'s feedback reaches the office, the loop closed', async ({ launch }) => {
  test.setTimeout(420_000);
  const stick = tmpDir('cd-stick-');
  const office = await launch.start({ folderAnswers: [stick, stick, stick, stick] });
  const page = office.page;
  await page.setViewportSize({ width: 1366, height: 768 });
  await openDemoOffice(page);
  await expect(page.getByText('正在生成示例数据…')).toHaveCount(0, { timeout: 200_000 });

  // The demo's three years: the list and its follow-up, overdue ones standing out, on 首页 too.
  await nav(page, '有事好商量');
  await expect(page.getByTestId('meeting-row').first()).toBeVisible();
  await expect(page.getByTestId('consult-overdue')).toContainText('项协商或监督措施已超过完成时限');
  await page.screenshot({ path: 'test-results/consultations-list.png' });
  await nav(page, '首页');
  await expect(page.getByTestId('home-consult-overdue')).toBeVisible();
  await page.screenshot({ path: 'test-results/consultations-home.png' });

  // A topic from a 献一计 suggestion on file, into this year's plan.
  await nav(page, '有事好商量');
  await page.getByRole('tab', { name: '议题与计划' }).click();
  await page.getByRole('button', { name: '新增议题' }).click();
  const dlg = page.getByRole('dialog');
  await dlg.getByLabel('来源').click();
  await page.getByRole('option', { name: '献一计' }).click();
  await dlg.getByRole('button', { name: '保存议题' }).click();
  await expect(page.getByTestId('topic-error')).toContainText('来源是献一计时，请选择是哪一条建议');
  await expect(page.getByTestId('topic-error')).toContainText('议题名称至少 4 个字');
  await dlg.getByLabel('选择献一计建议').fill('非机动车停放');
  await expect(page.getByRole('option').first()).toBeVisible();
  const suggestion = (await page.getByRole('option').first().textContent())!;
  await page.getByRole('option').first().click();
  await dlg.getByLabel('议题名称').fill(TOPIC);
  await dlg.getByLabel('类别').click();
  await page.getByRole('option', { name: '停车难' }).click();
  await dlg.getByLabel(/理由/).fill(REASON);
  await page.screenshot({ path: 'test-results/consultations-topic.png' });
  await dlg.getByRole('button', { name: '保存议题' }).click();
  await expect(dlg).toBeHidden();
  const row = page.getByTestId('topic-row').filter({ hasText: TOPIC });
  await expect(row).toContainText('献一计');
  await expect(row).toContainText(suggestion);
  await expect(row.getByRole('button', { name: '召开协商议事会' })).toBeDisabled();
  const month = new Date().getMonth() + 1;
  await row.getByLabel(`计划月份：${TOPIC}`).click();
  await page.getByRole('option', { name: `${month} 月`, exact: true }).click();
  await expect(row.getByRole('button', { name: '召开协商议事会' })).toBeEnabled();
  await page.screenshot({ path: 'test-results/consultations-topics.png' });

  // Plan the meeting: its 协商议事 session is made with the members at the table.
  await row.getByRole('button', { name: '召开协商议事会' }).click();
  const plan = page.getByRole('dialog');
  // Held two days ago (recorded afterwards), so a measure due yesterday is after the meeting and overdue.
  await plan.getByLabel('日期').fill(local(new Date(Date.now() - 2 * 86_400_000)));
  await plan.getByLabel('地点').fill('清潭社区议事厅');
  await plan.getByLabel('主持人').fill('王建华');
  await plan.getByRole('button', { name: '安排协商议事会' }).click();
  await expect(page.getByTestId('plan-error')).toHaveText('请选择参加协商的委员（至少一位）');
  for (const n of [0, 1]) {
    await plan.getByLabel('参加的委员').click();
    await page.getByRole('option').nth(n * 2).click();
  }
  await plan.getByRole('button', { name: '安排协商议事会' }).click();
  await expect(page.getByRole('heading', { level: 1, name: TOPIC })).toBeVisible();
  await expect(page.getByTestId('meeting-state')).toHaveText('计划中');

  // Who else sits at the table, the speakers, the consensus: saved as typed.
  const form = page.getByRole('form', { name: '协商议事会' });
  await form.getByRole('button', { name: '添加列席人员' }).click();
  await form.getByLabel('姓名').fill('陈建国');
  await form.getByLabel('单位').fill('街道城管科');
  await form.getByLabel('通报', { exact: true }).fill('街道城管科通报夜间停车情况');
  await form.getByLabel('添加发言人').click();
  await page.getByRole('option').first().click();
  await page.getByTestId('speech').getByRole('textbox').fill('建议学校操场夜间错时开放。');
  await form.getByLabel('共识意见').fill(CONSENSUS);
  await expect(page.getByTestId('meeting-save')).toHaveText('已保存');
  await page.getByRole('button', { name: '记为已召开' }).click();
  await expect(page.getByTestId('meeting-state')).toHaveText('已召开');

  // Measures, each with who and by when; one already past its date stands out.
  const measures = page.getByRole('form', { name: '新增措施' });
  const addMeasure = async (text: string, owner: string, due: string) => {
    await measures.getByLabel('措施内容').fill(text);
    await measures.getByLabel('责任单位').fill(owner);
    await measures.getByLabel('完成时限').fill(due);
    await measures.getByRole('button', { name: '添加措施' }).click();
  };
  await addMeasure('协调两所学校夜间错时开放停车', '', '2030-06-30');
  await expect(page.getByTestId('measure-error')).toContainText('没有写责任单位');
  await addMeasure('协调两所学校夜间错时开放停车', '街道城管科', local(new Date(Date.now() - 86_400_000)));
  // A time limit before the meeting is refused with a message.
  await addMeasure('一项时限填错的措施', '街道城管科', '2000-01-01');
  await expect(page.getByTestId('measure-error')).toContainText('完成时限（2000-01-01）早于会议日期');
  await addMeasure('小区内重新划线增设车位', '社区居委会', '2030-06-30');
  await expect(page.getByTestId('measure-row')).toHaveCount(2);
  await expect(page.getByTestId('measure-overdue')).toHaveCount(1);

  // The outcome sent to the street's Party working committee; the 专报 printed (A4, GB/T 9704) and in Word.
  const out = page.getByRole('form', { name: '报送' });
  await out.getByRole('button', { name: '用共识意见作底稿' }).click();
  await out.getByLabel('文号（可不填）').fill('清潭协〔2026〕1号');
  await out.getByRole('button', { name: '记录报送' }).click();
  await expect(page.getByTestId('outcome-sent')).toContainText('报送街道党工委');
  await expect(page.getByTestId('meeting-state')).toHaveText('已报送');
  await page.screenshot({ path: 'test-results/consultations-meeting.png', fullPage: true });
  await page.getByRole('button', { name: '打印 / 导出' }).click();
  await page.getByRole('menuitem', { name: '导出协商成果专报（Word）' }).click();
  await expect(page.getByTestId('consult-note')).toContainText('已导出 Word 文件');
  await page.getByRole('button', { name: '打印 / 导出' }).click();
  await page.getByRole('menuitem', { name: '打印协商成果专报' }).click();
  await expect(page.getByTestId('pending-job')).toBeVisible();
  await page.getByRole('button', { name: '保存为 PDF' }).click();
  await expect(page.getByTestId('print-status')).toContainText('已保存', { timeout: 60_000 });
  const pdf = (await page.getByTestId('print-status').textContent())!.match(/到 (.+\.pdf)/)![1];
  const info = pdfInfo(pdf);
  expect([Math.round(info.width), Math.round(info.height)]).toEqual([595, 842]);
  const text = flat(pageTexts(pdf).join(''));
  for (const t of [`关于“${TOPIC}”的协商成果专报`, '街道党工委：', '清潭协〔2026〕1号', '一、协商共识', CONSENSUS, '二、意见建议', '小区内重新划线增设车位（责任单位：社区居委会；完成时限：2030年6月30日）', '示例街道政协工委', '—1—']) expect(text).toContain(flat(t));
  await page.screenshot({ path: 'test-results/consultations-print.png' });
  const docx = path.join(office.services.options.dataDir, 'exports', `关于“${TOPIC}”的协商成果专报.docx`);
  const xml = strFromU8(unzipSync(new Uint8Array(readFileSync(docx)))['word/document.xml']);
  for (const t of [CONSENSUS, '街道党工委：', '一、协商共识']) expect(xml).toContain(t);
  expect(xml).toContain('w:eastAsia="仿宋_GB2312"');
  const lo = tmpDir('cd-lo-');
  execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${lo}/profile`, '--convert-to', 'pdf', '--outdir', lo, docx], { stdio: 'ignore', timeout: 120_000 });
  const converted = path.join(lo, path.basename(docx).replace(/\.docx$/, '.pdf'));
  expect(flat(pageTexts(converted).join(''))).toContain(flat(CONSENSUS));
  expect(Math.round(pdfInfo(converted).width)).toBe(595);

  // The meeting's sign-in, tents and sheet are its 协商议事 session's.
  await nav(page, '有事好商量');
  await page.getByTestId('meeting-row').filter({ hasText: TOPIC }).click();
  await page.getByRole('button', { name: '签到与出勤、桌签' }).click();
  await expect(page.getByText(`${TOPIC}协商议事会`).first()).toBeVisible();
  const attendee = (await page.getByRole('table', { name: '出勤情况' }).locator('tbody tr').first().getAttribute('data-member'))!;
  await page.getByRole('button', { name: '现场签到' }).click();
  await page.getByLabel('签到输入').pressSequentially(attendee);
  await expect(page.getByTestId('signin-match')).toContainText(attendee);
  await page.getByLabel('签到输入').press('Enter');
  await expect(page.getByTestId('signin-banner')).toContainText(`${attendee}签到成功`);
  await page.getByRole('button', { name: '返回活动' }).click();
  // The member's page shows the meeting they attended (the duty record counts attendance through the session).
  await page.getByRole('table', { name: '出勤情况' }).locator(`tbody tr[data-member="${attendee}"]`).getByRole('button', { name: attendee, exact: true }).click();
  await expect(page.getByRole('table', { name: '出勤记录' }).locator('tbody tr', { hasText: `${TOPIC}协商议事会` })).toContainText(/出席|迟到/);

  // Carry it to HQ; HQ records the feedback it received, and sets a district topic.
  await openExchange(page);
  const fingerprint = (await page.getByTestId('my-fingerprint').textContent())!;
  await page.getByRole('button', { name: '导出数据包…' }).click();
  await expect(page.getByTestId('export-result')).toContainText('协商议事会');
  const bundle = readdirSync(stick).find((f) => f.startsWith('DEMO-01_'))!;
  const hq = await launch.start({ folderAnswers: [stick, stick, stick, stick] });
  const h = hq.page;
  await h.setViewportSize({ width: 1366, height: 768 });
  await setUpOffice(h, '区政协机关', 'HQ', true);
  await importBundle(h, bundle, '协商议事会', { fingerprint });
  await nav(h, '有事好商量');
  await h.getByTestId('meeting-row').filter({ hasText: TOPIC }).click();
  const fb = h.getByRole('form', { name: '反馈' });
  await fb.getByLabel('区政协收到的反馈内容').fill(HQ_FEEDBACK);
  await fb.getByRole('button', { name: '记录反馈' }).click();
  await expect(h.getByTestId('hq-feedback')).toContainText(HQ_FEEDBACK);
  await h.screenshot({ path: 'test-results/consultations-hq.png' });
  await h.getByRole('tab', { name: '议题与计划' }).click();
  await h.getByRole('button', { name: '新增区政协议题' }).click();
  const hd = h.getByRole('dialog');
  await hd.getByLabel('议题名称').fill('全区电动自行车充电安全');
  await hd.getByLabel('类别').click();
  await h.getByRole('option', { name: '安全生产' }).click();
  await hd.getByLabel(/理由/).fill('电动自行车进楼充电引发火灾隐患，各街道普遍存在。');
  await hd.getByRole('button', { name: '保存议题' }).click();
  await expect(h.getByTestId('topic-row').filter({ hasText: '全区电动自行车充电安全' })).toContainText('区政协议题');
  await openExchange(h);
  await h.getByRole('button', { name: '导出数据包…' }).click();
  await expect(h.getByTestId('export-result')).toContainText('协商议事会');
  const back = readdirSync(stick).find((f) => f.startsWith('HQ_'))!;

  // The office sees HQ's feedback and the district topic, which it takes up as its own.
  await importBundle(page, back, '协商议事会', { enrol: true });
  await nav(page, '有事好商量');
  await page.getByTestId('meeting-row').filter({ hasText: TOPIC }).click();
  await expect(page.getByTestId('hq-feedback')).toContainText(HQ_FEEDBACK);
  await expect(page.getByTestId('meeting-state')).toHaveText('落实中');
  await page.getByRole('tab', { name: '议题与计划' }).click();
  const district = page.getByTestId('topic-row').filter({ hasText: '全区电动自行车充电安全' }).filter({ hasText: '区政协议题' });
  await district.getByRole('button', { name: '采用为本办公室议题' }).click();
  await expect(district.getByText('已采用')).toBeVisible();

  // Close the loop: refused while a measure is open, or given up without a reason.
  await page.getByRole('tab', { name: '协商议事会' }).click();
  await page.getByTestId('meeting-row').filter({ hasText: TOPIC }).click();
  await page.getByRole('button', { name: '闭环（全部措施已落实）' }).click();
  await expect(page.getByTestId('loop-error')).toContainText('还有 2 项措施没有落实');
  const progress = async (n: number, state: string, text?: string) => {
    await page.getByTestId('measure-row').nth(n).getByRole('button', { name: '记录进展' }).click();
    const f = page.getByRole('form', { name: '措施进展' });
    await f.getByLabel('状态').click();
    await page.getByRole('option', { name: state }).click();
    if (text) await f.getByLabel(/原因|进展说明/).fill(text);
    await f.getByRole('button', { name: '保存进展' }).click();
  };
  await progress(0, '已落实', '两所学校已于夜间开放');
  await expect(page.getByTestId('measure-overdue')).toHaveCount(0);
  await progress(1, '无法落实');
  await expect(page.getByTestId('measure-error')).toHaveText('标为无法落实时，必须写明原因');
  await page.getByRole('form', { name: '措施进展' }).getByLabel('无法落实的原因').fill('小区道路宽度不足，划线后影响消防通行');
  await page.getByRole('form', { name: '措施进展' }).getByRole('button', { name: '保存进展' }).click();
  await expect(page.getByTestId('measure-state').nth(1)).toHaveText('无法落实');
  await page.getByRole('button', { name: '闭环（全部措施已落实）' }).click();
  await expect(page.getByTestId('loop-closed')).toBeVisible();
  await expect(page.getByTestId('meeting-state')).toHaveText('已闭环');
  await page.screenshot({ path: 'test-results/consultations-closed.png', fullPage: true });

  // 民主监督 and the figures.
  await page.getByRole('tab', { name: '民主监督' }).click();
  await expect(page.getByTestId('supervision-row').first()).toBeVisible();
  await page.getByTestId('supervision-row').first().click();
  await expect(page.getByTestId('supervision-state')).toBeVisible();
  await page.screenshot({ path: 'test-results/consultations-supervision.png' });
  await page.getByRole('tab', { name: '统计' }).click();
  await expect(page.getByTestId('fig-topics')).not.toHaveText('0');
  // Each bar carries its count: a topic has one source, so the source bars' labels add up to the topics.
  const labels = (await page.getByTestId('by-source').locator('.MuiBarChart-label').allTextContents()).map(Number);
  expect(labels.length).toBeGreaterThan(0);
  expect(labels.reduce((a, b) => a + b, 0)).toBe(Number(await page.getByTestId('fig-topics').textContent()));
  await page.screenshot({ path: 'test-results/consultations-figures.png' });
});
