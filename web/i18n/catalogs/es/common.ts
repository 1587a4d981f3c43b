import type en from "../en/common";

const common: typeof en = {
  skipToContent: "Saltar al contenido principal",
  siteTitle: "{city} 311",
  language: "Idioma",
  home: "Inicio",
  reportProblem: "Reportar un problema",
  trackRequest: "Seguir una solicitud",
  nearMe: "Cerca de mí",
  staffSignIn: "Acceso del personal",
  loading: "Cargando…",
  emergency: "En caso de emergencia, llame al 911.",
  call311: "Llame al 311",
  callFromOutside: "Desde fuera de {city}, llame al {phone}.",
  notFound: "Página no encontrada",
  notFoundText: "No hay ninguna página en esta dirección.",
  errorTitle: "Algo salió mal",
};
export default common;
