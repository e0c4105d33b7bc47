/** A member as one line in a picker or a list: 王伟（100001）, or just 郑爽 when there is no number yet (never 郑爽（）). */
export function memberLabel(m: { name: string; memberNo?: string | null }): string {
  const no = (m.memberNo ?? '').trim();
  return no ? `${m.name}（${no}）` : m.name;
}
