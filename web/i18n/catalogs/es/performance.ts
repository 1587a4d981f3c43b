import type en from "../en/performance";

/** La página pública de desempeño (`/performance`). */
const performance: typeof en = {
  footerLink: "Cómo lo estamos haciendo: cifras y datos abiertos",
  homeLink: "Vea con qué rapidez la ciudad atiende las solicitudes y descargue los datos",
  title: "Cómo lo estamos haciendo",
  intro: "Solicitudes hechas al 311 de {from} a {to}, y con qué rapidez la ciudad las cerró.",
  asOf: "Cifras hasta el {time}.",
  summaryTitle: "Los últimos 12 meses",
  received: "Solicitudes recibidas",
  closed: "Solicitudes cerradas",
  onTime: "Cerradas a tiempo",
  medianDays: "Mediana de días hasta el cierre",
  empty: "No se recibió ni se cerró ninguna solicitud en este período.",
  monthsTitle: "Mes a mes",
  chartLabel:
    "Gráfico de barras de las solicitudes recibidas y cerradas cada mes de {from} a {to}. Las mismas cifras están en la tabla que sigue.",
  monthsCaption: "Solicitudes recibidas y cerradas cada mes",
  month: "Mes",
  servicesTitle: "Por tipo de servicio",
  servicesIntro:
    "Cada tipo de servicio con solicitudes recibidas o cerradas en estos 12 meses, primero los más solicitados.",
  servicesTableName: "Solicitudes por tipo de servicio",
  scrollHint: "En una pantalla pequeña, desplace la tabla hacia los lados para ver todas las columnas.",
  service: "Tipo de servicio",
  group: "Grupo",
  noFigure: "sin cifra",
  noFigureNote:
    "Un guion (—) significa que no hay cifra: aparte de los duplicados, no se cerró ninguna solicitud de ese tipo en el período o, para «a tiempo», ninguna de las cerradas tenía fecha límite.",
  aboutTitle: "Sobre estas cifras",
  aboutReceived:
    "Solicitudes hechas en el período por cualquier medio (teléfono, internet, aplicación o en persona), duplicados incluidos.",
  aboutClosed: "Solicitudes cerradas en el período, sin importar cuándo se hicieron.",
  aboutOnTime:
    "De las solicitudes cerradas en el período que tenían fecha límite, la proporción cerrada a más tardar en esa fecha. No se cuentan los duplicados (problemas que alguien ya había reportado).",
  aboutMedian:
    "La mitad de las solicitudes cerradas en el período tardó menos que esto y la otra mitad más, en días naturales (fines de semana y feriados incluidos) desde el reporte hasta el cierre. No se cuentan los duplicados.",
  aboutFreshness: "Las cifras se vuelven a calcular como máximo cada 5 minutos.",
  openDataTitle: "Datos abiertos",
  openDataIntro:
    "Descargue los datos públicos de todas las solicitudes para estudiarlos usted mismo: CSV se abre en una hoja de cálculo, GeoJSON en un mapa.",
  allCsv: "Todas las solicitudes (CSV)",
  allGeojson: "Todas las solicitudes (GeoJSON)",
  recentCsv: "Últimos 12 meses (CSV)",
  recentGeojson: "Últimos 12 meses (GeoJSON)",
  openDataContents:
    "Cada solicitud es una fila: su número de seguimiento, tipo de servicio, departamento, estado, fechas, lugar, la descripción tal como se reportó y enlaces a las fotos públicas.",
  openDataPrivacy:
    "Los archivos nunca incluyen nombres, correos electrónicos ni teléfonos de quienes reportaron o siguen una solicitud, qué empleado la atiende, las respuestas a las preguntas del formulario ni las notas del personal.",
};
export default performance;
