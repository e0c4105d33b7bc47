import type { Rng } from './random';

/**
 * Suggestion (社情民意) and proposal (提案) texts for demo and bench data.
 * Titles and bodies are assembled from phrases a district office really
 * sees; a share of them are near-duplicates of an earlier text (same topic,
 * a few words changed, a sentence added), as happens when several members
 * write about the same problem, so the similar-suggestion check has work to do.
 */

const PLACES = [
  '西林街道', '南大街街道', '新闸街道', '荷花池街道', '五星街道', '永红街道', '北港街道', '邹区镇', '卜弋街道',
  '怀德苑社区', '清潭社区', '勤业新村', '广化街', '西新桥', '钟楼经济开发区', '运河沿线', '老城厢片区',
];

const TOPICS = [
  '老旧小区加装电梯', '社区养老服务', '中小学课后服务', '背街小巷环境整治', '非机动车停放管理', '农贸市场升级改造',
  '垃圾分类投放点设置', '学校周边交通安全', '社区卫生服务中心建设', '历史文化街区保护', '小微企业融资难',
  '新就业形态劳动者权益保障', '夜间经济发展', '口袋公园建设', '雨污分流改造', '居家适老化改造', '托育服务供给',
  '网格化社会治理', '公共充电桩布局', '运河文化带建设', '民营企业营商环境', '社区食堂运营', '消防通道堵塞治理',
  '物业服务质量监管', '菜市场周边占道经营',
];

const FRAMES = [
  '关于加强{place}{topic}工作的建议', '关于推进{topic}的建议', '关于解决{place}{topic}问题的建议',
  '关于完善{topic}长效机制的建议', '关于优化{place}{topic}的几点建议', '进一步做好{topic}工作的建议',
];

const PROBLEMS = [
  '群众反映较为强烈，已多次通过12345热线投诉',
  '目前存在资金来源单一、推进进度缓慢的问题',
  '部分居民意见不统一，协调难度较大',
  '现有设施老化，难以满足居民日常需求',
  '相关部门职责交叉，存在多头管理、无人负责的情况',
  '高峰时段矛盾尤为突出，存在一定安全隐患',
  '基层工作力量不足，专业人员缺乏',
  '政策宣传不到位，群众知晓率不高',
];

const ACTIONS = [
  '建议由区政府牵头，会同相关部门制定专项工作方案',
  '建议加大财政投入，探索引入社会资本参与',
  '建议建立居民议事协商机制，广泛听取群众意见',
  '建议定期开展联合执法检查，形成长效管理',
  '建议借鉴周边地区经验，先行试点再逐步推广',
  '建议将该项工作纳入年度民生实事项目',
  '建议运用数字化手段提升管理和服务水平',
  '建议明确责任分工，建立考核督办制度',
];

const CLOSINGS = ['以上建议妥否，请予研究。', '望有关部门予以重视。', '恳请相关部门研究采纳。', '特此提出，供决策参考。'];

const SWAPS: Array<[string, string]> = [
  ['建议', '提议'], ['加大', '进一步加大'], ['群众', '居民'], ['问题', '情况'], ['相关部门', '有关部门'],
  ['尽快', '抓紧'], ['推进', '推动'], ['机制', '制度'],
];

export interface Text {
  title: string;
  body: string;
  /** Index of the earlier text this one nearly repeats, or -1. */
  nearDuplicateOf: number;
}

function freshText(rng: Rng): Text {
  const place = rng.pick(PLACES);
  const topic = rng.pick(TOPICS);
  const title = rng.pick(FRAMES).replace('{place}', place).replace('{topic}', topic);
  const body = [
    `${place}${topic}工作关系群众切身利益。`,
    `经调研发现，${rng.pick(PROBLEMS)}，${rng.pick(PROBLEMS)}。`,
    `为此，${rng.sample(ACTIONS, rng.int(2, 3)).join('；')}。`,
    rng.pick(CLOSINGS),
  ].join('');
  return { title, body, nearDuplicateOf: -1 };
}

/** The same text with a few words changed and sometimes a sentence added: what a second member writes on the same topic. */
function nearDuplicate(of: Text, index: number, rng: Rng): Text {
  let { title, body } = of;
  for (const [from, to] of rng.sample(SWAPS, rng.int(1, 3))) {
    title = title.replace(from, to);
    body = body.replace(from, to);
  }
  // Sometimes, and always when no word changed, the second writer adds a sentence of their own.
  if (body === of.body || rng.chance(0.5)) body = body.replace(/。([^。]*。)$/, `。另外，${rng.pick(ACTIONS)}。$1`);
  return { title, body, nearDuplicateOf: index };
}

/** `count` texts; about `dupShare` of them nearly repeat an earlier one. */
export function demoTexts(rng: Rng, count: number, dupShare = 0.08): Text[] {
  const out: Text[] = [];
  for (let i = 0; i < count; i++) {
    if (i > 0 && rng.chance(dupShare)) {
      const j = rng.int(Math.max(0, i - 500), i - 1);
      out.push(nearDuplicate(out[j], j, rng));
    } else {
      out.push(freshText(rng));
    }
  }
  return out;
}
