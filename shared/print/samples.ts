import type { FormalData } from './formal';

const FACTS =
  '近年来，我区老旧小区改造工作稳步推进，群众居住条件得到明显改善。但在走访调研中发现，部分小区仍存在停车位不足、电动自行车充电设施缺乏、适老化设施不完善等问题，居民反映较为集中，需要在下一阶段的工作中统筹加以解决。';
const ANALYSIS =
  '一是规划统筹不够，改造项目多以单个小区为单位实施，周边道路、停车和公共服务设施未能同步考虑；二是资金渠道单一，主要依靠财政投入，社会资本和居民参与的积极性没有充分调动；三是长效管理机制尚未建立，部分小区改造完成后缺乏专业物业服务，维护保养跟不上。';
const MEASURES =
  '建议由区住房和城乡建设局牵头，会同相关部门和街道，按片区编制老旧小区改造规划，将停车、充电、养老托育等设施一并纳入；探索政府引导、市场运作、居民出资相结合的资金筹措方式；推动改造后的小区引入专业化物业服务或实行居民自治管理，确保改造成果长期发挥作用。';

/**
 * The GB/T 9704-2012 test document: title, the heading levels, and enough
 * body text for full pages, so that margins, the 156 × 225 mm text block,
 * 22 lines of 28 characters and the page numbers can be checked on paper.
 */
export function gbtSampleData(): FormalData {
  return {
    title: '关于推进老旧小区改造提质增效的建议',
    blocks: [
      { type: 'recipient', text: '区政协提案委员会：' },
      { type: 'para', text: FACTS },
      { type: 'heading1', text: '一、存在的主要问题' },
      { type: 'para', text: ANALYSIS },
      { type: 'heading2', text: '（一）规划与资金' },
      { type: 'para', text: ANALYSIS + FACTS },
      { type: 'heading1', text: '二、具体建议' },
      { type: 'para', text: MEASURES },
      { type: 'heading2', text: '（一）统筹规划' },
      { type: 'para', text: MEASURES + FACTS },
      { type: 'heading2', text: '（二）长效管理' },
      { type: 'para', text: ANALYSIS + MEASURES },
      { type: 'para', text: FACTS + ANALYSIS },
      { type: 'signature', text: '示例街道政协工委' },
      { type: 'date', text: '2026年11月25日' },
    ],
  };
}
