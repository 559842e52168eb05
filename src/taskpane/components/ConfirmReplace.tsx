// Asks before replacing sheets the add-in generated earlier: replace them,
// keep them and write beside them, or cancel.
import * as React from "react";
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from "@fluentui/react-components";
import type { ReplaceMode } from "../../host";
import type { Strings } from "../strings";

export function ConfirmReplace({ sheets, s, onChoose }: { sheets: string[] | null; s: Strings; onChoose: (mode: ReplaceMode | null) => void }) {
  return (
    <Dialog open={!!sheets} modalType="alert" onOpenChange={(_, d) => !d.open && onChoose(null)}>
      <DialogSurface aria-describedby="confirm-replace-body">
        <DialogBody>
          <DialogTitle>{s.confirmTitle}</DialogTitle>
          <DialogContent id="confirm-replace-body">
            <p style={{ marginTop: 0 }}>{s.confirmBody}</p>
            <ul>
              {(sheets ?? []).map((n) => (
                <li key={n}>{n}</li>
              ))}
            </ul>
          </DialogContent>
          <DialogActions fluid position="start">
            <Button appearance="primary" onClick={() => onChoose("replace")}>{s.confirmReplace}</Button>
            <Button onClick={() => onChoose("keepBoth")}>{s.confirmKeep}</Button>
            <Button appearance="subtle" onClick={() => onChoose(null)}>{s.cancel}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
