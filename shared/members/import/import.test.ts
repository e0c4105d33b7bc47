import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_REF_LISTS } from '../../domain/reflist';
import { buildRosterWorkbook } from '../export';
import { detectHeader, fieldForHeader, type Grid } from './columns';
import { decodeCsv, parseCsv } from './csv';
import { actionDetail, planImport } from './plan';
import { analyseRows, countDataRows, type RefNames } from './rows';
import { readXlsxGrid } from './xlsx';

const refs: RefNames = {
  sector: new Set(DEFAULT_REF_LISTS.sector),
  committee: new Set(DEFAULT_REF_LISTS.committee),
  party: new Set(DEFAULT_REF_LISTS.party),
};

/** A sheet as offices send it: merged title, a blank row, a subtitle, then the header. */
async function messyWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Sheet1');
  ws.getCell('A1').value = '西林街道政协委员名册（2024年）';
  ws.mergeCells('A1:I1');
  ws.getCell('A3').value = '填表单位：西林街道政协工委';
  ws.getRow(4).values = ['序号', '姓　名', '性别', '党派', '界别', '专委会', '工作单位及职务', '联系电话（手机）', '委员编号', '备注'];
  ws.getRow(5).values = [1, '张　三', '男', '中共党员', '经济', '提案委员会、经济科技委员会', '常州大学 教授', 13800138000, 100001, 44927];
  // An Excel date serial (44927 = 2023-01-01) shown through a Chinese date format.
  ws.getCell('J5').numFmt = 'yyyy"年"m"月"d"日"';
  ws.getRow(6).values = [2, '单雪梅', '女', '民盟', '新兴产业', '提案委员会', '钟楼区人民医院院长', '138001380', '100002'];
  ws.getRow(8).values = [3, '', '男', '中共', '经济', '', '某单位', '13900001111', '100003'];
  ws.getRow(9).values = [4, '王五', '男', '中共', '经济', '', '钟楼区科技局科长', '13900002222', ''];
  ws.getRow(10).values = [5, '王五', '男', '中共', '经济', '', '钟楼区科技局科长', '13900002222', ''];
  ws.getRow(11).values = [6, '王五', '男', '中共', '教育', '', '钟楼区实验小学教师', '13900003333', '100006'];
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

describe('header detection and column mapping', () => {
  it('maps Chinese headers, ignoring blanks, brackets and 序号', () => {
    expect(fieldForHeader('姓　名')).toBe('name');
    expect(fieldForHeader('联系电话（手机）')).toBe('phone');
    expect(fieldForHeader('*工作单位及职务')).toBe('unitAndPost');
    expect(fieldForHeader('工作单位')).toBe('unitAndPost');
    expect(fieldForHeader('职务')).toBe('post');
    expect(fieldForHeader('政治面貌')).toBe('party');
    expect(fieldForHeader('序号')).toBeNull();
    expect(fieldForHeader('西林街道政协委员名册（2024年）')).toBeNull();
  });

  it('counts the rows under the header before any column is mapped to 姓名, blank rows left out', () => {
    const grid: Grid = [['a', 'b'], [1, 2], [null, ''], ['x', null]];
    expect(detectHeader(grid)).toBeNull();
    expect(countDataRows(grid, 0)).toBe(2);
    expect(countDataRows(grid, 1)).toBe(1);
  });

  it('finds the header under a merged title row and blank rows in a real .xlsx', async () => {
    const grid = await readXlsxGrid(await messyWorkbook());
    expect(grid[0][4]).toBe('西林街道政协委员名册（2024年）');
    const guess = detectHeader(grid)!;
    expect(guess.headerRow).toBe(3);
    expect(guess.columns).toEqual({
      1: 'name', 2: 'gender', 3: 'party', 4: 'sector', 5: 'committees', 6: 'unitAndPost', 7: 'phone', 8: 'memberNo', 9: 'notes',
    });
  });

  it('returns null when no row names a 姓名 column', () => {
    expect(detectHeader([['标题'], ['a', 'b'], [1, 2]])).toBeNull();
  });
});

describe('row problems on a messy sheet', () => {
  it('normalises cells and reports each problem by Excel row number', async () => {
    const grid = await readXlsxGrid(await messyWorkbook());
    const { headerRow, columns } = detectHeader(grid)!;
    const rows = analyseRows(grid, headerRow, columns, refs);
    expect(rows.map((r) => r.rowNumber)).toEqual([5, 6, 8, 9, 10, 11]);

    const [zhang, shan, noName, wang1, wang2, wang3] = rows;
    expect(zhang.values).toMatchObject({ name: '张三', party: '中共', phone: '13800138000', memberNo: '100001', notes: '2023-01-01', unitAndPost: '常州大学 教授' });
    expect(zhang.values.committees).toEqual(['提案委员会', '经济科技委员会']);
    expect(zhang.problems.every((p) => p.level === 'info')).toBe(true);
    expect(zhang.problems.map((p) => p.message)).toEqual(expect.arrayContaining([
      expect.stringContaining('全角'), expect.stringContaining('以数字保存'), expect.stringContaining('Excel 日期'),
    ]));

    expect(shan.problems.filter((p) => p.level === 'error').map((p) => p.field)).toEqual(['sector', 'phone']);
    expect(shan.problems.find((p) => p.field === 'sector')?.unknownRef).toEqual({ kind: 'sector', name: '新兴产业' });
    expect(noName.problems).toContainEqual(expect.objectContaining({ level: 'error', field: 'name', message: '缺少姓名' }));
    expect(wang1.problems).toEqual([]);
    expect(wang2.problems[0]).toMatchObject({ level: 'error', message: expect.stringContaining('与第 9 行') });
    expect(wang3.problems).toEqual([expect.objectContaining({ level: 'warning', message: expect.stringContaining('同名') })]);
  });

  it('re-reads a row with an edit typed in the preview and with a sector added to the list', async () => {
    const grid = await readXlsxGrid(await messyWorkbook());
    const { headerRow, columns } = detectHeader(grid)!;
    const withSector = { ...refs, sector: new Set([...refs.sector, '新兴产业']) };
    const [, shan] = analyseRows(grid, headerRow, columns, withSector, { 6: { phone: '13800138002' } });
    expect(shan.problems).toEqual([]);
    expect(shan.values).toMatchObject({ sector: '新兴产业', phone: '13800138002' });
  });

  it('flags phones lost to scientific notation and dates in the number column', () => {
    const grid: Grid = [['姓名', '联系电话', '委员编号'], ['甲', '1.38001E+10', new Date(Date.UTC(2020, 4, 1))]];
    const [row] = analyseRows(grid, 0, { 0: 'name', 1: 'phone', 2: 'memberNo' }, refs);
    expect(row.problems.map((p) => [p.field, p.level])).toEqual([['memberNo', 'error'], ['phone', 'error']]);
  });
});

describe('matching on re-import', () => {
  const existing = [
    { id: 'm1', name: '张三', memberNo: '100001', unitAndPost: '常州大学教授', phone: '1' },
    { id: 'm2', name: '李四', memberNo: '', unitAndPost: '钟楼区文化馆馆长', phone: '' },
    { id: 'm3', name: '王五', memberNo: '', unitAndPost: '科技局', phone: '' },
    { id: 'm4', name: '王五', memberNo: '', unitAndPost: '科技局', phone: '' },
  ];
  const grid: Grid = [
    ['姓名', '工作单位及职务', '委员编号', '联系电话'],
    ['张叁', '常州大学教授', '100001', '13800138000'],
    ['李四', '钟楼区文化馆馆长', '', ''],
    ['赵六', '钟楼区文化馆', '100009', '13800138009'],
    ['王五', '科技局', '', ''],
    ['李四', '钟楼区文化馆馆长', '100010', '13800138010'],
  ];
  const rows = analyseRows(grid, 0, { 0: 'name', 1: 'unitAndPost', 2: 'memberNo', 3: 'phone' }, refs);
  const plan = planImport(rows, existing);

  it('matches by member number first, then by name and unit, never duplicating', () => {
    expect(plan.actions.map((a) => a.kind)).toEqual(['update', 'same', 'create', 'skip', 'skip']);
    const [byNo, same, created, ambiguous, twice] = plan.actions;
    expect(byNo).toMatchObject({ memberId: 'm1', matchedBy: 'memberNo', changes: { name: '张叁', phone: '13800138000' } });
    expect(same).toMatchObject({ memberId: 'm2', matchedBy: 'nameUnit' });
    expect(created).toMatchObject({ fields: { name: '赵六', memberNo: '100009', status: '在任', committees: [] } });
    expect(ambiguous).toMatchObject({ reason: expect.stringContaining('2 位同名同单位') });
    expect(twice).toMatchObject({ reason: expect.stringContaining('同一位委员') });
    expect(plan.counts).toEqual({ create: 1, update: 1, same: 1, skip: 2 });
  });

  it('spells out a renaming by member number for checking, and says nothing extra otherwise', () => {
    const [byNo, same, created] = plan.actions;
    expect(actionDetail(byNo)).toBe('按委员编号对应，修改：姓名、联系电话。请核对：名册中的「张三」将改名为「张叁」');
    expect(actionDetail(same)).toBe('按姓名和单位对应');
    expect(actionDetail(created)).toBe('');
  });

  it('finds nothing to change when the exported roster is imported again', async () => {
    const members = [
      { id: 'x1', office: 'T', deleted: 0 as const, _stamps: {}, _rev: '', name: '张三', gender: '男' as const, ethnicity: '汉族', party: '中共', sector: '经济', committees: ['提案委员会', '经济科技委员会'], unitAndPost: '常州大学教授', phone: '13800138000', memberNo: '000123', term: '十届', status: '在任' as const, notes: '' },
      { id: 'x2', office: 'T', deleted: 0 as const, _stamps: {}, _rev: '', name: '单雪梅', gender: '女' as const, ethnicity: '回族', party: '民盟', sector: '教育', committees: [], unitAndPost: '钟楼区实验小学校长', phone: '0519-88881234', memberNo: '', term: '十届', status: '离任' as const, notes: '2023 年离任' },
    ];
    const grid2 = await readXlsxGrid(await buildRosterWorkbook(members, '委员名册'));
    const guess = detectHeader(grid2)!;
    expect(guess.headerRow).toBe(1);
    const again = planImport(analyseRows(grid2, guess.headerRow, guess.columns, refs), members);
    expect(again.counts).toEqual({ create: 0, update: 0, same: 2, skip: 0 });
  });
});

describe('csv', () => {
  it('parses quotes, embedded commas and newlines, CRLF and a UTF-8 BOM', () => {
    const bytes = new TextEncoder().encode('\ufeff姓名,工作单位及职务\r\n张三,"常州大学,教授"\r\n"李""四""","一行\n两行"\r\n');
    expect(parseCsv(decodeCsv(bytes))).toEqual([['姓名', '工作单位及职务'], ['张三', '常州大学,教授'], ['李"四"', '一行\n两行']]);
  });

  it('reads GBK when the bytes are not UTF-8, and tab-separated text', () => {
    // "姓名\t性别\n张三\t男" in GBK
    const gbk = Uint8Array.from([0xd0, 0xd5, 0xc3, 0xfb, 0x09, 0xd0, 0xd4, 0xb1, 0xf0, 0x0a, 0xd5, 0xc5, 0xc8, 0xfd, 0x09, 0xc4, 0xd0]);
    expect(parseCsv(decodeCsv(gbk))).toEqual([['姓名', '性别'], ['张三', '男']]);
  });
});

describe('notes under the table (issue 12: a footer row became a member)', () => {
  async function withFooter(): Promise<Uint8Array> {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Sheet1');
    ws.getRow(1).values = ['姓名', '界别', '工作单位及职务', '联系电话'];
    ws.getRow(2).values = ['张三', '经济', '常州大学教授', '13800138000'];
    ws.getRow(3).values = ['李四', '经济', '钟楼区文化馆馆长', ''];
    ws.getRow(4).values = ['合计：2 人'];
    ws.getCell('A5').value = '制表人：南大街街道政协工委办公室';
    ws.getCell('A6').value = '填表日期：2026年3月1日';
    ws.getCell('A7').value = '本名册如有变动请及时报工委办公室更新';
    ws.mergeCells('A7:D7');
    ws.getRow(8).values = ['王五'];
    return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  }

  it('flags 合计, 制表人, 填表日期 and a row of one long cell, and does not import them unless ticked', async () => {
    const grid = await readXlsxGrid(await withFooter());
    const guess = detectHeader(grid)!;
    const rows = analyseRows(grid, guess.headerRow, guess.columns, refs);
    expect(rows.map((r) => [r.rowNumber, !!r.noteRow])).toEqual([[2, false], [3, false], [4, true], [5, true], [6, true], [7, true], [8, false]]);
    expect(rows[2].noteRow).toContain('「合计」');
    expect(rows[3].noteRow).toContain('「制表人」');
    expect(rows[5].noteRow).toContain('长文字');
    expect(rows[3].problems[0]).toMatchObject({ level: 'warning', message: expect.stringContaining('不会导入') });
    const plan = planImport(rows, []);
    expect(plan.actions.map((a) => a.kind)).toEqual(['create', 'create', 'skip', 'skip', 'skip', 'skip', 'create']);
    expect(plan.counts.create).toBe(3);
    const ticked = planImport(rows, [], { includeNotes: new Set([5]) });
    expect(ticked.actions[3]).toMatchObject({ kind: 'create', fields: { name: '制表人：南大街街道政协工委办公室' } });
  });

  it('does not take a member whose notes cell starts with 备注 for a note row', () => {
    const grid: Grid = [['姓名', '备注'], ['赵六', '备注：2023 年增补']];
    const [row] = analyseRows(grid, 0, { 0: 'name', 1: 'notes' }, refs);
    expect(row.noteRow).toBeUndefined();
  });
});

describe('a new member with a name already in the roster', () => {
  it('is created with a warning naming the member already there', () => {
    const rows = analyseRows([['姓名', '工作单位及职务'], ['张三', '常州工学院讲师']], 0, { 0: 'name', 1: 'unitAndPost' }, refs);
    const plan = planImport(rows, [{ id: 'm1', name: '张三', memberNo: '', unitAndPost: '常州大学教授' }]);
    expect(plan.actions[0]).toMatchObject({ kind: 'create', sameName: [{ name: '张三', unitAndPost: '常州大学教授' }] });
    expect(actionDetail(plan.actions[0])).toBe('名册中已有同名委员：张三（常州大学教授）。请确认是另一位委员');
  });
});

describe('the roster fields beyond the core ones', () => {
  it('maps 出生年月, 学历, 职称, 联系地址, 邮编 and checks them', () => {
    expect(['出生年月', '出生日期', '学历', '文化程度', '职称', '专业技术职称', '联系地址', '通讯地址', '邮编', '邮政编码'].map(fieldForHeader))
      .toEqual(['birthMonth', 'birthMonth', 'education', 'education', 'proTitle', 'proTitle', 'address', 'address', 'postcode', 'postcode']);
    expect(fieldForHeader('职务职称')).toBe('post');
    const grid: Grid = [
      ['姓名', '出生年月', '学历', '职称', '通讯地址', '邮编'],
      ['甲', '1968.05', '研究生', '教授', '常州市钟楼区南大街 1 号', '213000'],
      ['乙', 1971.1, '本科', '', '', 213000],
      ['丙', '1968-13', '', '', '', '2130'],
    ];
    const guess = detectHeader(grid)!;
    const [a, b, c] = analyseRows(grid, guess.headerRow, guess.columns, refs);
    expect(a.values).toMatchObject({ birthMonth: '1968-05', education: '研究生', proTitle: '教授', address: '常州市钟楼区南大街 1 号', postcode: '213000' });
    expect(a.problems).toEqual([]);
    expect(b.values).toMatchObject({ birthMonth: '1971-01', postcode: '213000' });
    expect(b.problems).toContainEqual(expect.objectContaining({ level: 'warning', field: 'birthMonth', message: expect.stringContaining('请核对') }));
    expect(c.problems.filter((p) => p.level === 'error').map((p) => p.field)).toEqual(['birthMonth', 'postcode']);
  });

  it('exports them under headers the import reads back, so a round trip changes nothing', async () => {
    const member = {
      id: 'x1', office: 'T', deleted: 0 as const, _stamps: {}, _rev: '', name: '张三', gender: '男' as const, ethnicity: '汉族', party: '中共', sector: '经济',
      committees: [], unitAndPost: '常州大学教授', phone: '13800138000', memberNo: '000123', term: '十届', status: '在任' as const, notes: '',
      birthMonth: '1968-05', education: '研究生', proTitle: '教授', address: '常州市钟楼区南大街 1 号', postcode: '213000',
    };
    const grid = await readXlsxGrid(await buildRosterWorkbook([member], '委员名册'));
    const guess = detectHeader(grid)!;
    const [row] = analyseRows(grid, guess.headerRow, guess.columns, refs);
    expect(row.values).toMatchObject({ birthMonth: '1968-05', education: '研究生', proTitle: '教授', address: '常州市钟楼区南大街 1 号', postcode: '213000' });
    expect(planImport([row], [member]).counts.same).toBe(1);
  });
});
