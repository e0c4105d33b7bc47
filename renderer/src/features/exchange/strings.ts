import type { Computer } from '../../../../shared/contract/sync';

/** Strings of the data exchange (数据交换) and backups. */
export const TABLE_LABELS: Record<string, string> = {
  members: '委员',
  refLists: '名录',
  sessions: '学习活动',
  attendance: '签到记录',
  leaves: '请假',
  suggestions: '献一计',
  proposals: '提案',
  proposalRevisions: '提案版本',
  proposalCoSigners: '提案联名',
  proposalSteps: '提案办理记录',
  campaigns: '征集活动',
  suggestionHistory: '建议处理记录',
  consultTopics: '协商议题',
  consultMeetings: '协商议事会',
  supervisions: '民主监督',
  consultMeasures: '协商措施',
  reports: '社情民意',
  dutyActivities: '履职活动',
  dutyRules: '履职积分规则',
  ops: '操作日志',
  opChunks: '打包的操作日志',
  meta: '本机状态',
  conflicts: '冲突记录',
};

export const tableLabel = (t: string) => TABLE_LABELS[t] ?? t;

/** A date as the clerk reads it, or a dash. */
export const day = (iso: string | null) => (iso ? new Date(iso).toLocaleDateString('zh-CN') : '—');

/**
 * What a bundle carries, per kind of data: changes, not records (a member
 * retired and then edited is two changes to one record; a bundle's manifest
 * counts changes, and an export does not open its packed chunks to count records).
 */
export function countsText(counts: Record<string, number>): string {
  const parts = Object.entries(counts)
    .filter(([, n]) => n > 0)
    .map(([t, n]) => `${tableLabel(t)} ${n} 处更改`);
  return parts.length ? parts.join('，') : '没有新的更改';
}

export const s = {
  title: '数据交换',
  me: '本机',
  fingerprint: '密钥指纹',
  crypto: '数据包的签名与加密',
  cryptoNode: '工作正常（启动时已检查）',
  cryptoNoble: '工作正常（本机系统的加密功能没有通过启动检查，已改用程序自带的，数据包照样通用）',
  export: {
    title: '导出数据包',
    officeHint: '把区政协机关还没有确认收到的全部记录导出到 U 盘，带去区政协机关导入。',
    hqHint: '把发给该办公室的记录（名录、名册更正、活动安排等）导出到 U 盘。',
    dest: '发往办公室',
    noPeers: '还没有登记任何办公室：先导入办公室送来的数据包。',
    passphrase: '口令（可选，设置后导入时需输入）',
    button: '导出数据包…',
    pickTitle: '选择保存数据包的文件夹（U 盘）',
    done: (name: string) => `已导出：${name}`,
    missingFiles: (n: number) => `有 ${n} 个会议材料文件在本机找不到，没有随数据包发送；记录已照常导出。`,
  },
  import: {
    title: '导入数据包',
    hint: '选择 U 盘上的文件夹，逐个或全部导入。每个数据包先完整校验，无误后才导入；导入前自动备份。',
    pick: '从文件夹导入…',
    pickTitle: '选择数据包所在的文件夹（U 盘）',
    all: '全部导入',
    one: '导入',
    file: '文件',
    from: '来自',
    date: '日期',
    records: '记录数',
    state: '状态',
    status: {
      new: '待导入',
      imported: '已导入过',
      'not-for-me': '不是发给本机的',
      mine: '本机导出的',
      unreadable: '无法读取',
      'unknown-sender': '待登记',
      damaged: '已损坏',
    } as Record<string, string>,
    imported: (n: number, applied: number, c: string) => `已导入 ${n} 处更改（其中新的 ${applied} 处）：${c}`,
    duplicate: '这个数据包已经导入过，没有任何改动。',
    quarantined: (r: string) => `已放入隔离区，等待决定：${r}`,
    gap: '（之前有一个数据包没有送到，其中的记录已包含在这个数据包里。）',
    conflicts: (n: number) => `有 ${n} 处冲突需要处理，见下方「冲突」。`,
    empty: '这个文件夹里没有数据包（.cdsync 文件）。',
    enrolTitle: '登记新的办公室',
    enrolText: (office: string, name: string) => `这是第一次收到「${name}」（代码 ${office}）的数据包。请打电话与对方核对下面的密钥指纹，完全一致才登记：`,
    enrolConfirm: '指纹一致，登记并导入',
    enrolReplaceTitle: '登记替换旧电脑的新电脑',
    enrolAnotherTitle: '登记办公室的另一台电脑',
    enrolAnotherText: (office: string, name: string) =>
      `「${name}」（代码 ${office}）已经登记过电脑，这个数据包来自它的另一台电脑（新的密钥）。请打电话与对方核对下面的密钥指纹，完全一致才登记：`,
    enrolReplaces: (c: Computer) =>
      `它替换旧电脑：指纹 ${c.fingerprint}，登记于 ${day(c.enrolledAt)}，最近一个数据包${c.lastBundleSeq ? `是第 ${c.lastBundleSeq} 号（${day(c.lastImportAt)} 导入）` : '：尚未收到'}。登记后旧电脑的数据包不再接受。`,
    enrolEnrolled: (c: Computer) => `已登记的电脑：指纹 ${c.fingerprint}，最近导入 ${day(c.lastImportAt)}。`,
    enrolReplace: '指纹一致，替换旧电脑并导入',
    enrolAdd: '指纹一致，作为另一台电脑登记',
    passTitle: '输入口令',
    passText: '这个数据包已加密，请输入导出时设置的口令。',
    deleteTitle: '这个数据包会删除大量记录',
    deleteText: '请确认对方确实要删除这些记录，再继续导入：',
    deleteConfirm: '确认删除并导入',
    cancel: '取消',
    skipped: '已取消，没有任何改动。',
  },
  quarantine: {
    title: '隔离区',
    hint: '这些数据包的时间比本机时钟快一天以上，导入后其中的修改会一直“最新”。请先与对方核对电脑时间。',
    accept: '仍然导入',
    discard: '丢弃',
  },
  peers: {
    title: '已登记的办公室',
    hqTitle: '区政协机关',
    none: '尚未登记。',
    office: '办公室',
    lastImport: '最近导入',
    lastExport: '最近导出',
    computer: '电脑',
    enrolled: '登记',
    lastBundle: '最近收到的数据包',
    state: '状态',
    active: '在用',
    bundle: (seq: number, at: string) => `第 ${seq} 号，${at}`,
    retired: (on: string, by: string) => `已于 ${on} 被替换${by ? `（新电脑指纹 ${by}）` : ''}`,
    shared: (office: string) =>
      `${office} 有多台电脑在用：发往该办公室的数据包每台都能导入；一台电脑记录的内容先带到区政协机关导入，再随下一个发往该办公室的数据包到达其他电脑。`,
  },
  computers: {
    replaces: (office: string, nodes: string[]) =>
      `这是 ${office} 办公室的新电脑，替换 ${nodes.map((n) => `电脑 ${n.slice(-6)}`).join('、')}（从它的备份恢复）。下一个数据包会告诉对方；旧电脑上还没有送出的记录会一并送去，对方核对本机的新密钥指纹后登记。`,
    hqReplaces: (nodes: string[]) =>
      `这是区政协机关的新电脑，替换 ${nodes.map((n) => `电脑 ${n.slice(-6)}`).join('、')}（从它的备份恢复）。各办公室导入下一个数据包时需核对本机的新密钥指纹。`,
  },
  conflicts: {
    title: '冲突',
    none: '没有待处理的冲突。',
    table: '数据',
    record: '记录',
    /** A record that is not on this machine (or has no name): the kind of data and the end of its id. */
    unknownRecord: (table: string, shortId: string) => `${table} #${shortId}`,
    session: (date: string, title: string) => `${date} ${title}`,
    attendance: (session: string, member: string) => `${session} · ${member}`,
    refEntry: (kind: string, name: string) => `${kind}：${name}`,
    field: '字段',
    kept: '当前值',
    lost: '另一方的值',
    keep: '保留当前值',
    take: '改用另一方的值',
  },
  backup: {
    title: '备份与恢复',
    hint: '每天启动时和每次导入前自动备份到本程序的文件夹，保留最近 10 份。',
    manual: '备份到文件夹…',
    manualPick: '选择保存备份的文件夹',
    done: (name: string) => `已备份：${name}`,
    list: '自动备份',
    none: '还没有备份。',
    restore: '预览并恢复…',
    fromFolder: '从文件夹中的备份恢复…',
    restoreTitle: '从备份恢复',
    restoreText: (at: string, office: string) => `将把本机数据恢复到 ${office} ${at} 备份时的状态。当前数据会先自动备份。备份中有：`,
    chooseTitle: '选择要恢复的备份',
    chooseText: (folder: string, n: number) => `${folder} 里有 ${n} 份备份，最新的在最上面。先预览，确认后才恢复。`,
    noneInFolder: '这个文件夹里没有本程序的备份文件（.cdbackup）。请选择保存备份的文件夹。',
    colDate: '备份时间',
    colOffice: '办公室',
    colKind: '方式',
    colHolds: '内容',
    restoreConfirm: '恢复',
    restored: '已恢复。',
    rebuild: '从归档重建…',
    rebuildTitle: '从数据包归档重建',
    rebuildText: (n: number) => `归档里有 ${n} 个数据包（本机导出的和导入的）。重建会把其中的全部记录合并回数据库（已有的记录不会丢失）：`,
    rebuildConfirm: '开始重建',
    rebuilt: (n: number, a: number) => `已从 ${n} 个数据包重建，恢复 ${a} 条记录。`,
  },
  officeFilter: '查看办公室',
  allOffices: '全部办公室',
};
