import { useEffect, useRef, useState } from 'react';
import {
  Alert, Box, Button, Card, CardContent, Divider, FormControlLabel, Radio, RadioGroup, Stack, TextField, Typography,
} from '@mui/material';
import { OFFICE_ROLE_LABELS, OfficeSetupInput, type OfficeRole } from '../../../../shared/domain/office';
import { call } from '../../app/api';
import { useAppStore } from '../../app/store';
import { t } from '../../app/strings';
import { loadDefaultRefLists, loadDemoData } from '../demo/loadDemo';

type FieldErrors = Partial<Record<'name' | 'code', string>>;

export function SetupScreen({ autoDemo }: { autoDemo: boolean }) {
  const setOffice = useAppStore((s) => s.setOffice);
  const setBackground = useAppStore((s) => s.setBackground);
  const [name, setName] = useState('');
  const [code, setCode] = useState('');
  const [role, setRole] = useState<OfficeRole>('office');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const demoStarted = useRef(false);

  async function finish(input: OfficeSetupInput, fill: () => Promise<void>, label: string) {
    setBusy(label);
    setFailure(null);
    let office;
    try {
      office = await call('app.setup', input);
    } catch (e) {
      setFailure((e as Error).message);
      setBusy(null);
      return;
    }
    // The shell takes over from here; it shows the filling as background work.
    setBackground(label);
    setOffice(office);
    try {
      await fill();
      setBackground(null);
    } catch (e) {
      setBackground(`${t.setup.fillFailed}${(e as Error).message}`);
    }
  }

  async function submit() {
    const parsed = OfficeSetupInput.safeParse({ name, code, role });
    if (!parsed.success) {
      const fe: FieldErrors = {};
      for (const issue of parsed.error.issues) fe[issue.path[0] as 'name' | 'code'] ??= issue.message;
      setErrors(fe);
      return;
    }
    setErrors({});
    await finish(parsed.data, loadDefaultRefLists, '正在保存…');
  }

  const openDemo = () => finish({ name: '示例街道政协工委', code: 'DEMO-01', role: 'office', demo: true }, () => loadDemoData(), t.setup.demoLoading);

  useEffect(() => {
    if (autoDemo && !demoStarted.current) {
      demoStarted.current = true;
      void openDemo();
    }
  });

  return (
    <Box sx={{ display: 'grid', placeItems: 'center', minHeight: '100vh', p: 2 }}>
      <Card sx={{ width: 560 }}>
        <CardContent>
          <Typography variant="h5" gutterBottom>{t.setup.title}</Typography>
          <Typography color="text.secondary" sx={{ mb: 2 }}>{t.setup.intro}</Typography>
          <Stack spacing={2} component="form" onSubmit={(e) => { e.preventDefault(); void submit(); }}>
            <TextField label={t.setup.name} placeholder={t.setup.namePlaceholder} value={name} onChange={(e) => setName(e.target.value)}
              error={!!errors.name} helperText={errors.name} autoFocus />
            <TextField label={t.setup.code} value={code} onChange={(e) => setCode(e.target.value)}
              error={!!errors.code} helperText={errors.code ?? t.setup.codeHelp} />
            <RadioGroup row value={role} onChange={(e) => setRole(e.target.value as OfficeRole)} aria-label={t.setup.role}>
              {(Object.keys(OFFICE_ROLE_LABELS) as OfficeRole[]).map((r) => (
                <FormControlLabel key={r} value={r} control={<Radio />} label={OFFICE_ROLE_LABELS[r]} />
              ))}
            </RadioGroup>
            {failure && <Alert severity="error">{failure}</Alert>}
            <Button type="submit" variant="contained" disabled={!!busy}>{busy ?? t.setup.submit}</Button>
          </Stack>
          <Divider sx={{ my: 3 }} />
          <Typography variant="subtitle1">{t.setup.demoTitle}</Typography>
          <Typography color="text.secondary" sx={{ mb: 1 }}>{t.setup.demoIntro}</Typography>
          <Button variant="outlined" onClick={() => void openDemo()} disabled={!!busy}>{t.setup.openDemo}</Button>
        </CardContent>
      </Card>
    </Box>
  );
}
