/**
 * The first steps of a real office, each ticked off by the data itself: the
 * roster has members, the 名录 has been looked at, a session is planned, a
 * bundle has gone to HQ. At HQ: the offices are enrolled (HQ enrols an office
 * on importing its first bundle), the 名录 checked, a bundle sent back.
 */
export interface StartFacts {
  role: 'office' | 'hq';
  members: number;
  sessions: number;
  refListsChecked: boolean;
  /** Bundles exported: to 'hq', or to an office code (at HQ). */
  exportedTo: string[];
  /** Offices (or HQ) this installation has enrolled. */
  peers: number;
}

export interface StartStep {
  id: 'roster' | 'refLists' | 'session' | 'firstBundle' | 'enrol' | 'sendBack';
  label: string;
  hint: string;
  done: boolean;
  to: string;
  action: string;
}

export function gettingStartedSteps(f: StartFacts): StartStep[] {
  const refLists: StartStep = {
    id: 'refLists', label: '核对名录', hint: '界别、党派、专委会、活动类型等名录已预置常用项，按本地实际增删。', done: f.refListsChecked, to: '/members/lists', action: '去核对',
  };
  if (f.role === 'hq') {
    return [
      { id: 'enrol', label: '登记各办公室', hint: '导入各街道工委送来的第一个数据包，核对密钥指纹后登记。', done: f.peers > 0, to: '/exchange', action: '去导入' },
      refLists,
      { id: 'sendBack', label: '给办公室发回第一个数据包', hint: '把名录和名册更正导出到 U 盘，带给办公室导入。', done: f.exportedTo.some((to) => to !== 'hq'), to: '/exchange', action: '去导出' },
    ];
  }
  return [
    { id: 'roster', label: '导入名册', hint: '从 Excel 名册导入本办公室的委员，或逐个添加。', done: f.members > 0, to: '/members/import', action: '导入名册' },
    refLists,
    { id: 'session', label: '安排第一次学习活动', hint: '定好时间、地点和应到委员，就能打印签到表、议程和桌签。', done: f.sessions > 0, to: '/sessions/new', action: '新建活动' },
    { id: 'firstBundle', label: '向区政协报送第一个数据包', hint: '把名册和活动导出到 U 盘，带到区政协机关导入。', done: f.exportedTo.includes('hq'), to: '/exchange', action: '去导出' },
  ];
}

/** Shown until every step is done (or the person puts it away). */
export function showGettingStarted(steps: StartStep[], dismissed: boolean): boolean {
  return !dismissed && steps.some((s) => !s.done);
}
