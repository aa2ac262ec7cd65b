import { Field, Select } from "@fluentui/react-components";
import { PROFILE_NAMES, type ProfileName } from "../../domain/profiles";
import type { UiKey } from "../../i18n/ui.zh-CN";
import { usePane } from "./PaneContext";

const PROFILE_KEYS: Readonly<Record<ProfileName, UiKey>> = {
  national: "profile.national",
  hubei: "profile.hubei",
  sichuan: "profile.sichuan",
};

/** The rule profile in use, switchable; stored by the host (workbook or browser). */
export function ProfilePicker() {
  const { state, commands, t } = usePane();
  return (
    <Field label={t("profile.label")} hint={t(state.mode === "excel" ? "profile.hint.excel" : "profile.hint.file")}>
      <Select
        value={state.profile}
        disabled={state.busy !== null}
        onChange={(_, data) => {
          const name = PROFILE_NAMES.find((p) => p === data.value);
          if (name) void commands.setProfile(name);
        }}
      >
        {PROFILE_NAMES.map((name) => (
          <option key={name} value={name}>
            {t(PROFILE_KEYS[name])}
          </option>
        ))}
      </Select>
    </Field>
  );
}
