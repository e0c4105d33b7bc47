/** The consultation screens' words. */
export const cs = {
  title: '有事好商量',
  tabs: { meetings: '协商议事会', topics: '议题与计划', supervision: '民主监督', figures: '统计' },
  overdue: (n: number) => `${n} 项协商或监督措施已超过完成时限，请督促落实`,
  noMeetings: '还没有协商议事会。先在“议题与计划”里收集议题、列入年度计划，再从议题召开协商议事会。',
  noTopics: '还没有议题。点“新增议题”收集议题，写明来源和理由。',
  noSupervisions: '还没有民主监督事项。点“新增监督事项”，围绕一个民生议题开展监督。',
  districtTopic: '区政协议题',
  takeUp: '采用为本办公室议题',
  cols: { date: '日期', title: '议题', state: '状态', recipient: '报送对象', feedback: '反馈', measures: '措施落实', overdue: '超期' },
};

export const STATE_COLORS: Record<string, 'default' | 'info' | 'warning' | 'success' | 'secondary'> = {
  计划中: 'default', 已召开: 'info', 已报送: 'secondary', 落实中: 'warning', 已闭环: 'success',
};
