import { useState } from 'react';
import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, FormControlLabel, Paper, Stack, Switch, Typography } from '@mui/material';
import { ruleText, type AttendanceRule } from '../../../../shared/attendance/figures';
import { saveAttendanceRule } from './attendanceRule';

/** The rule in force, said above the figures, with 更改 to set whether leave and make-up count. */
export function AttendanceRuleControl({ rule }: { rule: AttendanceRule }) {
  const [editing, setEditing] = useState<AttendanceRule | null>(null);
  return (
    <Paper variant="outlined" sx={{ px: 2, py: 1, mb: 2 }}>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
        <Typography variant="body2" sx={{ flexGrow: 1 }} data-testid="attendance-rule">统计口径：{ruleText(rule)}</Typography>
        <Button size="small" onClick={() => setEditing(rule)}>更改统计口径</Button>
      </Stack>
      <Dialog open={!!editing} onClose={() => setEditing(null)} maxWidth="sm" fullWidth>
        <DialogTitle>出勤统计口径</DialogTitle>
        {editing && (
          <DialogContent>
            <DialogContentText sx={{ mb: 1 }}>按本办公室的规定选择；出勤统计、委员页和打印的出勤报告都按这里计算，并注明口径。原始出勤记录不变。</DialogContentText>
            <Stack>
              <FormControlLabel label="请假计入应到（请假的委员算作应到未出席）"
                control={<Switch checked={editing.leaveInRequired} onChange={(e) => setEditing({ ...editing, leaveInRequired: e.target.checked })} />} />
              <FormControlLabel label="补学计为出席（缺席或请假后补学的，按出席计算）"
                control={<Switch checked={editing.makeUpAttends} onChange={(e) => setEditing({ ...editing, makeUpAttends: e.target.checked })} />} />
            </Stack>
            <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>{ruleText(editing)}</Typography>
          </DialogContent>
        )}
        <DialogActions>
          <Button onClick={() => setEditing(null)}>取消</Button>
          <Button variant="contained" onClick={() => { const r = editing!; setEditing(null); void saveAttendanceRule(r); }}>保存</Button>
        </DialogActions>
      </Dialog>
    </Paper>
  );
}
