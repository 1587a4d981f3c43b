import { Button } from "@trussworks/react-uswds";
import { type ReactNode, useEffect, useRef } from "react";
import type { InteractionView } from "../../../common/contracts/interactions.js";
import { useDepartments } from "../../api/catalog";
import { useAgencies, useReferral, useTransfer } from "../../api/console";
import { ErrorAlert } from "../../components/ErrorAlert";
import { Loading } from "../../components/Loading";

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="summary-list__row">
      <dt>{label}</dt>
      <dd>{children ?? <span className="text-base">Not listed</span>}</dd>
    </div>
  );
}

function useFocusOnLoad(loaded: boolean) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (loaded) ref.current?.focus();
  }, [loaded]);
  return ref;
}

interface PanelProps {
  code: string;
  interaction: InteractionView;
  onUpdated: (interaction: InteractionView) => void;
}

/** A city department: its numbers and hours, and "Transfer" (which ends the contact). */
export function DepartmentPanel({ code, interaction, onUpdated }: PanelProps) {
  const departments = useDepartments();
  const transfer = useTransfer();
  const department = departments.data?.find((d) => d.code === code);
  const headingRef = useFocusOnLoad(department !== undefined);
  if (departments.isPending) return <Loading label="Loading the department…" />;
  if (departments.isError) return <ErrorAlert error={departments.error} />;
  if (!department) return <p>This department is not in the directory.</p>;

  const onTransfer = () => {
    if (transfer.isPending) return;
    transfer.mutate({ id: interaction.id, departmentCode: department.code }, { onSuccess: onUpdated });
  };

  return (
    <section aria-labelledby="console-department-heading" className="console-panel">
      <h2 id="console-department-heading" ref={headingRef} tabIndex={-1}>
        {department.name}
      </h2>
      <dl className="summary-list">
        <Row label="Phone">{department.phone}</Row>
        <Row label="Transfer number">{department.transferPhone}</Row>
        <Row label="Hours">{department.hours}</Row>
      </dl>
      {transfer.isError ? <ErrorAlert error={transfer.error} /> : null}
      <Button
        type="button"
        data-console-action="transfer"
        aria-keyshortcuts="Alt+T"
        onClick={onTransfer}
        aria-disabled={transfer.isPending}
      >
        {transfer.isPending ? "Transferring…" : "Transfer"}
      </Button>
    </section>
  );
}

/** An outside agency: phone, hours, what to tell the caller, and "Refer" (which ends the contact). */
export function AgencyPanel({ code, interaction, onUpdated }: PanelProps) {
  const agencies = useAgencies();
  const referral = useReferral();
  const agency = agencies.data?.find((a) => a.code === code);
  const headingRef = useFocusOnLoad(agency !== undefined);
  if (agencies.isPending) return <Loading label="Loading the agency…" />;
  if (agencies.isError) return <ErrorAlert error={agencies.error} />;
  if (!agency) return <p>This agency is not in the directory.</p>;

  const onRefer = () => {
    if (referral.isPending) return;
    referral.mutate({ id: interaction.id, agencyCode: agency.code }, { onSuccess: onUpdated });
  };

  return (
    <section aria-labelledby="console-agency-heading" className="console-panel">
      <h2 id="console-agency-heading" ref={headingRef} tabIndex={-1}>
        {agency.name}
      </h2>
      <dl className="summary-list">
        <Row label="Phone">{agency.phone}</Row>
        <Row label="Hours">{agency.hours}</Row>
        <Row label="Handles">{agency.handles}</Row>
        <Row label="Address">{agency.address}</Row>
      </dl>
      {agency.callerScript ? (
        <>
          <h3 className="font-body-sm">What to tell the caller</h3>
          <p className="bg-base-lightest padding-2 radius-md">{agency.callerScript}</p>
        </>
      ) : null}
      {referral.isError ? <ErrorAlert error={referral.error} /> : null}
      <Button
        type="button"
        data-console-action="refer"
        aria-keyshortcuts="Alt+F"
        onClick={onRefer}
        aria-disabled={referral.isPending}
      >
        {referral.isPending ? "Referring…" : "Refer"}
      </Button>
    </section>
  );
}
