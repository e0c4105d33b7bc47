import { Route, Routes } from 'react-router';
import { ActivitiesPage } from './ActivitiesPage';
import { MemberDutyPage } from './MemberDutyPage';
import { RankingPage } from './RankingPage';
import { RulesPage } from './RulesPage';

/** 履职档案: the ranking, a member's record, the rule table, the other duties. */
export function DutyPage() {
  return (
    <Routes>
      <Route index element={<RankingPage />} />
      <Route path="member/:id" element={<MemberDutyPage />} />
      <Route path="rules" element={<RulesPage />} />
      <Route path="activities" element={<ActivitiesPage />} />
    </Routes>
  );
}
