import { useState } from 'react';
import { Alert, Box, Button, Card, CardContent, Stack, Typography } from '@mui/material';
import type { Office } from '../../../../shared/domain/office';
import { call } from '../../app/api';
import { useAppStore } from '../../app/store';
import { db } from '../../db';
import { becomeNewComputer } from '../../sync/computers';

/**
 * Shown instead of the app when this data folder was set up on another
 * machine (issue 17): two machines under one identity would each write a
 * history HQ cannot join. Nothing is written until the person chooses.
 */
export function CopiedFolderScreen({ office }: { office: Office }) {
  const load = useAppStore((s) => s.load);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<{ fingerprint: string; reissued: number } | null>(null);
  const run = async (fn: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await fn();
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  const hq = office.role === 'hq';
  return (
    <Box sx={{ display: 'grid', placeItems: 'center', minHeight: '100vh', p: 2 }}>
      <Card sx={{ maxWidth: 720 }}>
        <CardContent>
          <Stack spacing={2}>
            <Typography variant="h5">这个数据文件夹是从另一台电脑复制来的</Typography>
            {!done ? (
              <>
                <Typography>
                  {office.name}（{office.code}）的数据是在另一台电脑上设置的。如果两台电脑都用同一份身份继续记录，区政协机关会拒收其中一台的数据包。
                </Typography>
                <Typography>
                  {hq
                    ? '如果原来的电脑不再使用，请在它的位置继续；如果两台都要用，区政协机关只能保留一台。'
                    : '如果这台电脑也要用（例如门口签到的笔记本），请把它设为本办公室的另一台电脑：它会得到新的编号和密钥，之后导出的数据包需要在区政协机关登记一次（选“作为另一台电脑登记”）。已记录的内容不会丢失。'}
                </Typography>
                {error && <Alert severity="error">{error}</Alert>}
                <Stack direction="row" spacing={2}>
                  {!hq && (
                    <Button
                      variant="contained"
                      disabled={busy}
                      onClick={() => run(async () => setDone(await becomeNewComputer(db, call)))}
                    >
                      设为本办公室的另一台电脑
                    </Button>
                  )}
                  <Button variant="outlined" disabled={busy} onClick={() => run(async () => { await call('app.sameComputer', {}); await load(); })}>
                    这就是原来那台电脑（改过名或换过硬件）
                  </Button>
                </Stack>
              </>
            ) : (
              <>
                <Alert severity="success">
                  本机已设为 {office.code} 的另一台电脑，新的密钥指纹：
                  <Box component="span" data-testid="new-fingerprint" sx={{ fontFamily: 'monospace', ml: 1 }}>{done.fingerprint}</Box>
                </Alert>
                <Typography>
                  {done.reissued ? `区政协机关还没有收到的 ${done.reissued} 处更改会以本机的名义重新送出。` : ''}
                  请导出一个数据包带到区政协机关，导入时核对上面的指纹，选“作为另一台电脑登记”。
                </Typography>
                <Button variant="contained" onClick={() => void load()}>继续</Button>
              </>
            )}
          </Stack>
        </CardContent>
      </Card>
    </Box>
  );
}
