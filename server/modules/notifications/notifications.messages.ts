import type { Language } from "../../../common/languages.js";
import type { CloseReason, RequestStatus } from "../../../common/statuses.js";

/** What happened to the request, as far as residents are told. */
export type NoticeKind =
  | { kind: "created"; dueAt: Date | null }
  | { kind: "status"; status: Exclude<RequestStatus, "closed"> }
  | { kind: "closed"; reason: CloseReason; parentNumber: string | null }
  | { kind: "reopened" }
  | { kind: "note" };

export interface NoticeFacts {
  number: string;
  service: string;
  address: string | null;
  /** The public note that came with the change, if any (staff wrote it for residents). */
  note: string | null;
  links: { request: string; unfollow: string; unsubscribe: string; survey: string | null };
  timeZone: string;
}

export interface Message {
  subject: string;
  /** Plain text for email. */
  text: string;
  /** One short line for a text message (with the link). */
  sms: string;
}

interface Wording {
  status: Record<Exclude<RequestStatus, "closed">, string>;
  subject: (kind: NoticeKind, f: NoticeFacts) => string;
  lead: (kind: NoticeKind, f: NoticeFacts, due: string | null) => string;
  noteHeading: string;
  track: string;
  survey: string;
  unfollow: string;
  unsubscribe: string;
  signature: string;
  trackingNumber: string;
}

/**
 * The words for every change, in each language. A close reason always says what happened: only "fixed"
 * says fixed, and "no action needed", "duplicate", "referred" and "not city responsibility" each say so.
 */
const WORDING: Record<Language, Wording> = {
  en: {
    status: {
      new: "new",
      acknowledged: "received by the department",
      in_progress: "in progress",
      on_hold: "on hold",
    },
    subject: (k, f) => {
      switch (k.kind) {
        case "created":
          return `We received your request ${f.number}: ${f.service}`;
        case "status":
          return `Request ${f.number} is ${WORDING.en.status[k.status]}`;
        case "closed":
          return {
            fixed: `Request ${f.number} is done: ${f.service}`,
            no_action_needed: `Request ${f.number} was closed: no action was needed`,
            duplicate: `Request ${f.number} was merged with an earlier report`,
            referred: `Request ${f.number} was referred to another agency`,
            not_city_responsibility: `Request ${f.number} was closed: not a city responsibility`,
          }[k.reason];
        case "reopened":
          return `Request ${f.number} was reopened`;
        case "note":
          return `Update on request ${f.number}`;
      }
    },
    lead: (k, f, due) => {
      const what = `${f.service}${f.address ? ` at ${f.address}` : ""}`;
      switch (k.kind) {
        case "created":
          return `Thank you. We received your report: ${what}.${due ? ` We aim to deal with it by ${due}.` : ""}`;
        case "status":
          return `Your request (${what}) is now ${WORDING.en.status[k.status]}.`;
        case "closed":
          return {
            fixed: `The city has finished the work on your request (${what}).`,
            no_action_needed: `Your request (${what}) was closed. The department found that no action was needed. Nothing was repaired or changed.`,
            duplicate: `Your request (${what}) was reported already${k.parentNumber ? `, as request ${k.parentNumber}` : ""}. We closed yours as a duplicate; you will hear about progress on that request instead.`,
            referred: `Your request (${what}) is handled by another agency, not the city. We closed it here and passed it on.`,
            not_city_responsibility: `Your request (${what}) was closed because it is not the city's responsibility. The city did not do this work.`,
          }[k.reason];
        case "reopened":
          return `Your request (${what}) was reopened and the department will look at it again.`;
        case "note":
          return `There is an update on your request (${what}).`;
      }
    },
    noteHeading: "Note from the city:",
    track: "See your request:",
    survey: "How did we do? Answer one question:",
    unfollow: "Stop updates about this request only:",
    unsubscribe: "Stop these emails:",
    signature: "City 311",
    trackingNumber: "Tracking number",
  },
  es: {
    status: {
      new: "nueva",
      acknowledged: "recibida por el departamento",
      in_progress: "en curso",
      on_hold: "en espera",
    },
    subject: (k, f) => {
      switch (k.kind) {
        case "created":
          return `Recibimos su solicitud ${f.number}: ${f.service}`;
        case "status":
          return `La solicitud ${f.number} está ${WORDING.es.status[k.status]}`;
        case "closed":
          return {
            fixed: `La solicitud ${f.number} está terminada: ${f.service}`,
            no_action_needed: `La solicitud ${f.number} se cerró: no hacía falta ninguna acción`,
            duplicate: `La solicitud ${f.number} se unió a un reporte anterior`,
            referred: `La solicitud ${f.number} se remitió a otra agencia`,
            not_city_responsibility: `La solicitud ${f.number} se cerró: no es responsabilidad de la ciudad`,
          }[k.reason];
        case "reopened":
          return `La solicitud ${f.number} se reabrió`;
        case "note":
          return `Novedades de la solicitud ${f.number}`;
      }
    },
    lead: (k, f, due) => {
      const what = `${f.service}${f.address ? ` en ${f.address}` : ""}`;
      switch (k.kind) {
        case "created":
          return `Gracias. Recibimos su reporte: ${what}.${due ? ` Queremos atenderlo antes del ${due}.` : ""}`;
        case "status":
          return `Su solicitud (${what}) ahora está ${WORDING.es.status[k.status]}.`;
        case "closed":
          return {
            fixed: `La ciudad terminó el trabajo de su solicitud (${what}).`,
            no_action_needed: `Su solicitud (${what}) se cerró. El departamento determinó que no hacía falta ninguna acción. No se reparó ni se cambió nada.`,
            duplicate: `Su solicitud (${what}) ya se había reportado${k.parentNumber ? `, como solicitud ${k.parentNumber}` : ""}. Cerramos la suya como duplicada; recibirá las novedades de esa solicitud.`,
            referred: `Su solicitud (${what}) la atiende otra agencia, no la ciudad. La cerramos aquí y la remitimos.`,
            not_city_responsibility: `Su solicitud (${what}) se cerró porque no es responsabilidad de la ciudad. La ciudad no hizo este trabajo.`,
          }[k.reason];
        case "reopened":
          return `Su solicitud (${what}) se reabrió y el departamento la revisará de nuevo.`;
        case "note":
          return `Hay novedades sobre su solicitud (${what}).`;
      }
    },
    noteHeading: "Nota de la ciudad:",
    track: "Vea su solicitud:",
    survey: "¿Cómo lo hicimos? Responda una pregunta:",
    unfollow: "Dejar de recibir novedades solo de esta solicitud:",
    unsubscribe: "Dejar de recibir estos correos:",
    signature: "Ciudad, 311",
    trackingNumber: "Número de seguimiento",
  },
  pt: {
    status: {
      new: "nova",
      acknowledged: "recebida pelo departamento",
      in_progress: "em andamento",
      on_hold: "em espera",
    },
    subject: (k, f) => {
      switch (k.kind) {
        case "created":
          return `Recebemos a sua solicitação ${f.number}: ${f.service}`;
        case "status":
          return `A solicitação ${f.number} está ${WORDING.pt.status[k.status]}`;
        case "closed":
          return {
            fixed: `A solicitação ${f.number} foi concluída: ${f.service}`,
            no_action_needed: `A solicitação ${f.number} foi encerrada: nenhuma ação era necessária`,
            duplicate: `A solicitação ${f.number} foi unida a um relato anterior`,
            referred: `A solicitação ${f.number} foi encaminhada a outro órgão`,
            not_city_responsibility: `A solicitação ${f.number} foi encerrada: não é responsabilidade da cidade`,
          }[k.reason];
        case "reopened":
          return `A solicitação ${f.number} foi reaberta`;
        case "note":
          return `Novidades da solicitação ${f.number}`;
      }
    },
    lead: (k, f, due) => {
      const what = `${f.service}${f.address ? ` em ${f.address}` : ""}`;
      switch (k.kind) {
        case "created":
          return `Obrigado. Recebemos o seu relato: ${what}.${due ? ` Pretendemos resolvê-lo até ${due}.` : ""}`;
        case "status":
          return `A sua solicitação (${what}) agora está ${WORDING.pt.status[k.status]}.`;
        case "closed":
          return {
            fixed: `A cidade concluiu o trabalho da sua solicitação (${what}).`,
            no_action_needed: `A sua solicitação (${what}) foi encerrada. O departamento concluiu que nenhuma ação era necessária. Nada foi consertado nem alterado.`,
            duplicate: `A sua solicitação (${what}) já tinha sido relatada${k.parentNumber ? `, como solicitação ${k.parentNumber}` : ""}. Encerramos a sua como duplicada; você receberá as novidades daquela solicitação.`,
            referred: `A sua solicitação (${what}) é atendida por outro órgão, não pela cidade. Nós a encerramos aqui e a encaminhamos.`,
            not_city_responsibility: `A sua solicitação (${what}) foi encerrada porque não é responsabilidade da cidade. A cidade não fez este trabalho.`,
          }[k.reason];
        case "reopened":
          return `A sua solicitação (${what}) foi reaberta e o departamento vai analisá-la de novo.`;
        case "note":
          return `Há novidades sobre a sua solicitação (${what}).`;
      }
    },
    noteHeading: "Nota da cidade:",
    track: "Veja a sua solicitação:",
    survey: "Como nos saímos? Responda a uma pergunta:",
    unfollow: "Não receber mais novidades só desta solicitação:",
    unsubscribe: "Não receber mais estes e-mails:",
    signature: "Cidade, 311",
    trackingNumber: "Número de acompanhamento",
  },
};

const LOCALES: Record<Language, string> = { en: "en-US", es: "es-US", pt: "pt-BR" };

/** The message for one change, in the resident's language. */
export function composeMessage(language: Language, kind: NoticeKind, facts: NoticeFacts): Message {
  const w = WORDING[language];
  const due =
    kind.kind === "created" && kind.dueAt
      ? new Intl.DateTimeFormat(LOCALES[language], {
          dateStyle: "full",
          timeStyle: "short",
          timeZone: facts.timeZone,
        }).format(kind.dueAt)
      : null;
  const subject = w.subject(kind, facts);
  const lead = w.lead(kind, facts, due);
  const lines = [
    lead,
    "",
    `${w.trackingNumber}: ${facts.number}`,
    ...(facts.note ? ["", w.noteHeading, facts.note] : []),
    "",
    `${w.track} ${facts.links.request}`,
    ...(facts.links.survey ? ["", `${w.survey} ${facts.links.survey}`] : []),
    "",
    "--",
    w.signature,
    `${w.unfollow} ${facts.links.unfollow}`,
    `${w.unsubscribe} ${facts.links.unsubscribe}`,
  ];
  return { subject, text: lines.join("\n"), sms: `${subject}. ${facts.links.request}` };
}
