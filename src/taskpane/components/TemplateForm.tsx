import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Checkbox,
  Field,
  Input,
  Radio,
  RadioGroup,
  Spinner,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { SheetKind } from "../../domain/input";
import type { DraftField } from "../view/templateDraft";
import { usePane } from "./PaneContext";

const useStyles = makeStyles({
  item: { backgroundColor: tokens.colorNeutralBackground1, borderRadius: tokens.borderRadiusMedium },
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, paddingBottom: tokens.spacingVerticalM },
  row: { display: "grid", gridTemplateColumns: "minmax(80px, 1fr) 3fr", gap: tokens.spacingHorizontalS, "& > *": { minWidth: 0 } },
  input: { width: "100%", minWidth: 0 },
});

const KINDS: readonly SheetKind[] = ["overall", "project"];

/** Insert a template (Excel) or download a blank one (browser): kind, year, department. */
export function TemplateForm() {
  const { state, commands, t } = usePane();
  const styles = useStyles();
  const { template, templateErrors: errors } = state;
  const inExcel = state.mode === "excel";
  const working = state.busy === "insert" || state.busy === "template";

  // Each text field: kept as typed, checked when the user leaves it or finishes an IME composition.
  const textProps = (field: DraftField) => ({
    value: template[field],
    onChange: (_: unknown, data: { value: string }) => commands.editTemplate(field, data.value),
    onBlur: () => commands.checkTemplateField(field),
    onCompositionEnd: (e: { currentTarget: HTMLInputElement }) => {
      commands.editTemplate(field, e.currentTarget.value);
      commands.checkTemplateField(field);
    },
  });
  const validation = (field: DraftField) => {
    const error = errors[field];
    return error ? { validationState: "error" as const, validationMessage: t(error.key, error.params) } : {};
  };

  return (
    <Accordion collapsible>
      <AccordionItem value="template" className={styles.item}>
        <AccordionHeader as="h2">{t(inExcel ? "template.heading.excel" : "template.heading.file")}</AccordionHeader>
        <AccordionPanel>
          <form
            className={styles.form}
            noValidate
            onSubmit={(e) => {
              e.preventDefault();
              void (inExcel ? commands.insertTemplate() : commands.downloadTemplate());
            }}
          >
            <Field label={t("template.kind")}>
              <RadioGroup
                layout="horizontal"
                value={template.kind}
                onChange={(_, data) => {
                  const kind = KINDS.find((k) => k === data.value);
                  if (kind) commands.setTemplateKind(kind);
                }}
              >
                {KINDS.map((kind) => (
                  <Radio key={kind} value={kind} label={t(kind === "overall" ? "kind.overall" : "kind.project")} />
                ))}
              </RadioGroup>
            </Field>
            <div className={styles.row}>
              <Field label={t("template.year")} {...validation("year")}>
                <Input className={styles.input} inputMode="numeric" maxLength={6} {...textProps("year")} />
              </Field>
              <Field label={t("template.department")} {...validation("department")}>
                <Input className={styles.input} placeholder={t("template.department.placeholder")} {...textProps("department")} />
              </Field>
            </div>
            {template.kind === "project" && (
              <Field label={t("template.projectName")} {...validation("projectName")}>
                <Input placeholder={t("template.projectName.placeholder")} {...textProps("projectName")} />
              </Field>
            )}
            <Checkbox
              checked={template.sample === true}
              onChange={(_, data) => commands.setTemplateSample(data.checked === true)}
              label={t("template.sample")}
            />
            <Button type="submit" appearance="secondary" disabled={state.busy !== null} icon={working ? <Spinner size="tiny" /> : undefined}>
              {t(working ? "action.working" : inExcel ? "template.insert" : "template.download")}
            </Button>
          </form>
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
