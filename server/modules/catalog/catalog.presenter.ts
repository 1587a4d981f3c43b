import type { ServiceType } from "../../../common/contracts/catalog.js";
import type { ServiceWithQuestions } from "./catalog.repository.js";

/** A service type as staff screens see it. */
export function presentService(s: ServiceWithQuestions): ServiceType {
  return {
    code: s.code,
    name: s.name,
    group: s.groupName,
    description: s.description,
    keywords: s.keywords,
    department: s.department,
    priority: s.priority,
    sla: s.slaValue !== null && s.slaUnit ? { value: s.slaValue, unit: s.slaUnit } : null,
    availableOnline: s.availableOnline,
    operatorInstructions: s.operatorInstructions,
    questions: s.questions.map((q) => ({
      code: q.code,
      datatype: q.datatype,
      required: q.required,
      prompt: q.prompt,
      helpText: q.helpText,
      order: q.position,
      values: q.values,
    })),
  };
}
