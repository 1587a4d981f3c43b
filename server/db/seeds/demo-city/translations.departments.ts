// The demo city's departments in Spanish and Portuguese: names and descriptions, as residents read them.
import type { DbOrTx } from "../../../platform/db.js";
import { saveTranslations } from "../../../platform/translations.js";
import { articleTranslations } from "./translations.articles.js";

/** Per department code, per language: the translated name and description. */
export const departmentTranslations: Record<
  string,
  Record<"es" | "pt", { name: string; description: string }>
> = {
  dpw: {
    es: {
      name: "Obras Públicas",
      description:
        "Mantiene las calles, aceras, farolas, señales de tránsito y semáforos, desagües pluviales, las operaciones de nieve y hielo, y la recolección de basura y reciclaje de la ciudad.",
    },
    pt: {
      name: "Obras Públicas",
      description:
        "Mantém as ruas, calçadas, postes de iluminação, placas e semáforos, bueiros, as operações de neve e gelo e a coleta de lixo e reciclagem da cidade.",
    },
  },
  isd: {
    es: {
      name: "Servicios de Inspección",
      description:
        "Emite permisos de construcción, electricidad, plomería y gas, hace cumplir el Código Sanitario Estatal en las viviendas de alquiler e inspecciona edificios inseguros o abandonados.",
    },
    pt: {
      name: "Serviços de Inspeção",
      description:
        "Emite licenças de obra, elétricas, de encanamento e de gás, faz cumprir o Código Sanitário Estadual nas moradias de aluguel e inspeciona prédios inseguros ou abandonados.",
    },
  },
  clerk: {
    es: {
      name: "Secretaría Municipal",
      description:
        "Guarda los registros vitales (nacimientos, defunciones y matrimonios), tramita las intenciones de matrimonio, las licencias de perros y los certificados de negocio, hace el censo anual de residentes y acepta solicitudes de pasaporte.",
    },
    pt: {
      name: "Secretaria Municipal",
      description:
        "Guarda os registros civis (nascimentos, óbitos e casamentos), processa as intenções de casamento, as licenças de cães e os certificados de empresa, faz o censo anual de moradores e aceita pedidos de passaporte.",
    },
  },
  parks: {
    es: {
      name: "Parques y Recreación",
      description:
        "Mantiene los parques, áreas de juego, campos deportivos y árboles de la ciudad (a través del Guardián de Árboles), administra la piscina municipal y los programas recreativos para jóvenes y adultos, y gestiona las reservas de campos y pabellones.",
    },
    pt: {
      name: "Parques e Recreação",
      description:
        "Mantém os parques, parquinhos, campos esportivos e as árvores da cidade (por meio do Guardião das Árvores), administra a piscina municipal e os programas de recreação para jovens e adultos e cuida das reservas de campos e pavilhões.",
    },
  },
  police: {
    es: {
      name: "Policía (no emergencias)",
      description:
        "Atiende asuntos policiales que no son emergencias: quejas por ruido y disturbios, problemas de estacionamiento que requieren un agente, vehículos abandonados, y reportes y registros policiales.",
    },
    pt: {
      name: "Polícia (não emergência)",
      description:
        "Atende questões policiais que não são emergências: reclamações de barulho e perturbação, problemas de estacionamento que precisam de um policial, veículos abandonados e boletins e registros policiais.",
    },
  },
  health: {
    es: {
      name: "Departamento de Salud",
      description:
        "Inspecciona restaurantes y camiones de comida, hace cumplir las normas sobre roedores y sanidad, organiza clínicas de vacunación contra la gripe y otras vacunas, analiza la calidad del agua de las playas y coordina la recogida de agujas y objetos punzantes.",
    },
    pt: {
      name: "Departamento de Saúde",
      description:
        "Inspeciona restaurantes e food trucks, faz cumprir as regras sobre roedores e saneamento, organiza campanhas de vacinação contra a gripe e outras vacinas, testa a qualidade da água das praias e coordena a coleta de agulhas e objetos cortantes.",
    },
  },
  treasurer: {
    es: {
      name: "Tesorería y Recaudación",
      description:
        "Cobra los impuestos sobre bienes inmuebles y bienes muebles, el impuesto especial sobre vehículos, las facturas de agua y alcantarillado y los pagos de multas de estacionamiento, y emite certificados de gravámenes municipales.",
    },
    pt: {
      name: "Tesouraria e Arrecadação",
      description:
        "Arrecada os impostos sobre imóveis e bens móveis, o imposto sobre veículos, as contas de água e esgoto e os pagamentos de multas de estacionamento, e emite certidões de ônus municipais.",
    },
  },
  veterans: {
    es: {
      name: "Servicios para Veteranos",
      description:
        "Ayuda a los veteranos y sus familias a solicitar los beneficios del Capítulo 115 de Massachusetts, los beneficios del VA, la ayuda para entierros y lápidas, y las exenciones del impuesto a la propiedad para veteranos.",
    },
    pt: {
      name: "Serviços para Veteranos",
      description:
        "Ajuda veteranos e suas famílias a pedir os benefícios do Capítulo 115 de Massachusetts, os benefícios do VA, a ajuda para sepultamento e lápides e as isenções do imposto predial para veteranos.",
    },
  },
  mayor: {
    es: {
      name: "Oficina del Alcalde",
      description:
        "La Oficina del Alcalde y su personal de atención al residente se ocupan de comentarios generales, sugerencias e inquietudes que no corresponden a un solo departamento, y supervisan el centro 311.",
    },
    pt: {
      name: "Gabinete do Prefeito",
      description:
        "O Gabinete do Prefeito e sua equipe de atendimento ao morador cuidam de comentários gerais, sugestões e preocupações que não pertencem a um único departamento, e supervisionam a central 311.",
    },
  },
  parking: {
    es: {
      name: "Transporte y Estacionamiento",
      description:
        "Emite permisos de estacionamiento para residentes y visitantes, atiende las apelaciones de multas de estacionamiento, controla el estacionamiento y los parquímetros, y revisa las solicitudes de reducción de velocidad y señalización.",
    },
    pt: {
      name: "Transporte e Estacionamento",
      description:
        "Emite licenças de estacionamento para moradores e visitantes, julga os recursos de multas de estacionamento, fiscaliza o estacionamento e os parquímetros e analisa os pedidos de redução de velocidade e sinalização.",
    },
  },
  animal: {
    es: {
      name: "Control de Animales",
      description:
        "Atiende perros sueltos y agresivos, ladridos molestos, animales heridos o muertos en la vía pública, problemas con animales silvestres y mordeduras, y administra el refugio de la ciudad.",
    },
    pt: {
      name: "Controle de Animais",
      description:
        "Atende cães soltos e agressivos, latidos incômodos, animais feridos ou mortos em vias públicas, problemas com animais silvestres e mordidas, e administra o abrigo da cidade.",
    },
  },
  water: {
    es: {
      name: "Agua y Alcantarillado",
      description:
        "Opera la red de distribución de agua y el sistema de alcantarillado de la ciudad: roturas de tuberías principales, hidrantes, lectura y cambio de medidores, desbordes de alcantarillado y cortes del servicio de agua.",
    },
    pt: {
      name: "Água e Esgoto",
      description:
        "Opera a rede de distribuição de água e o sistema de esgoto da cidade: rompimentos de adutoras, hidrantes, leitura e troca de hidrômetros, refluxo de esgoto e cortes no fornecimento de água.",
    },
  },
  elections: {
    es: {
      name: "Elecciones",
      description:
        "Inscribe a los votantes, tramita las solicitudes de voto por correo y en ausencia, asigna los lugares de votación, organiza la votación anticipada y certifica los formularios de candidatura.",
    },
    pt: {
      name: "Eleições",
      description:
        "Registra os eleitores, processa os pedidos de voto pelo correio e em ausência, define os locais de votação, organiza a votação antecipada e certifica os documentos de candidatura.",
    },
  },
};

/** Saves the demo city's Spanish and Portuguese articles and departments (called once, after the catalog). */
export async function seedContentTranslations(db: DbOrTx): Promise<number> {
  const rows: { entity: string; entityKey: string; field: string; language: string; text: string }[] = [];
  for (const [slug, byLanguage] of Object.entries(articleTranslations)) {
    for (const [language, t] of Object.entries(byLanguage)) {
      rows.push({ entity: "article", entityKey: slug, field: "title", language, text: t.title });
      rows.push({
        entity: "article",
        entityKey: slug,
        field: "publicAnswer",
        language,
        text: t.publicAnswer,
      });
    }
  }
  for (const [code, byLanguage] of Object.entries(departmentTranslations)) {
    for (const [language, t] of Object.entries(byLanguage)) {
      rows.push({ entity: "department", entityKey: code, field: "name", language, text: t.name });
      rows.push({
        entity: "department",
        entityKey: code,
        field: "description",
        language,
        text: t.description,
      });
    }
  }
  await saveTranslations(db, rows);
  return rows.length;
}
