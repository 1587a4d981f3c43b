// The demo city's knowledge-base articles in Spanish and Portuguese: each public title and answer, translated
// faithfully from content/articles.ts (same Markdown, numbers, phone numbers and addresses). Articles missing
// here are shown in English.
import type { DbOrTx } from "../../../platform/db.js";
import { saveTranslations } from "../../../platform/translations.js";

/** Per article slug, per language: the translated title and public answer (Markdown). */
export const articleTranslations: Record<
  string,
  Record<"es" | "pt", { title: string; publicAnswer: string }>
> = {
  "city-hall-hours": {
    es: {
      title: "Horario del Ayuntamiento",
      publicAnswer: `El **Ayuntamiento de Riverton**, 1 City Hall Plaza, abre:

- **Lunes, martes, miércoles y viernes:** 8:00 a.m. – 4:30 p.m.
- **Jueves:** 8:00 a.m. – 7:00 p.m. (horario extendido para los residentes que trabajan durante el día)
- **Cerrado** sábados, domingos y todos los feriados estatales y federales, incluido el Día de los Patriotas.

Tesorería y Recaudación, la Secretaría Municipal, Elecciones, Servicios de Inspección y Transporte y Estacionamiento siguen el horario del Ayuntamiento. Las ventanillas de caja cierran 15 minutos antes que el edificio.

Hay estacionamiento gratuito por 2 horas en el lote del Ayuntamiento junto a Summer Street, con espacios accesibles cerca de la entrada principal. El edificio es totalmente accesible; el ascensor está a la izquierda del vestíbulo.

Puede comunicarse con cualquier departamento llamando al **311** (o al (555) 311-0311 desde fuera de Riverton) de lunes a viernes de 7:00 a.m. a 7:00 p.m.`,
    },
    pt: {
      title: "Horário da Prefeitura",
      publicAnswer: `A **Prefeitura de Riverton**, 1 City Hall Plaza, funciona:

- **Segunda, terça, quarta e sexta:** 8:00 – 16:30
- **Quinta:** 8:00 – 19:00 (horário estendido para moradores que trabalham durante o dia)
- **Fechada** aos sábados, domingos e em todos os feriados estaduais e federais, incluindo o Dia dos Patriotas.

Tesouraria e Arrecadação, Secretaria Municipal, Eleições, Serviços de Inspeção e Transporte e Estacionamento seguem o horário da Prefeitura. Os caixas fecham 15 minutos antes do prédio.

Há estacionamento gratuito por 2 horas no pátio da Prefeitura ao lado da Summer Street, com vagas acessíveis perto da entrada principal. O prédio é totalmente acessível; o elevador fica à esquerda do saguão.

Você pode falar com qualquer departamento ligando para o **311** (ou (555) 311-0311 de fora de Riverton) de segunda a sexta, das 7:00 às 19:00.`,
    },
  },
  "trash-recycling-schedule": {
    es: {
      title: "Calendario de recolección de basura y reciclaje",
      publicAnswer: `La basura y el reciclaje se recogen **todas las semanas el mismo día**, de lunes a viernes, según su calle. Consulte su día en demo-city.example/trash o llame al 311.

**Reglas:**
- Saque la basura y el reciclaje a la acera **antes de las 7:00 a.m.** del día de recolección, pero **no antes de las 4:00 p.m. del día anterior**.
- La basura debe ir en **botes con tapa** (de no más de 35 galones cada uno) o en bolsas cerradas. **Límite: 3 botes o bolsas por unidad** por semana.
- El reciclaje va en el **carrito azul de la ciudad**, suelto — **nunca en bolsas de plástico**.
- Retire los carritos y botes de la acera antes de las 8:00 p.m. del día de recolección.

**Retraso por feriado:** cuando un feriado cae entre semana, la recolección de ese día **y de todos los días siguientes de esa semana se corre un día**. Las rutas del viernes se recogen el sábado. No hay retraso por feriados que caen en fin de semana.

El contratista de la ciudad presta el servicio a edificios de hasta 6 unidades; los edificios más grandes necesitan un servicio privado.`,
    },
    pt: {
      title: "Calendário da coleta de lixo e reciclagem",
      publicAnswer: `O lixo e a reciclagem são coletados **toda semana no mesmo dia**, de segunda a sexta, conforme a sua rua. Consulte o seu dia em demo-city.example/trash ou ligue para o 311.

**Regras:**
- Coloque o lixo e a reciclagem na calçada **até as 7:00** do dia da coleta, mas **não antes das 16:00 do dia anterior**.
- O lixo deve estar em **latões com tampa** (de no máximo 35 galões cada) ou em sacos amarrados. **Limite: 3 latões ou sacos por unidade** por semana.
- A reciclagem vai no **carrinho azul da cidade**, solta — **nunca em sacos plásticos**.
- Recolha os carrinhos e latões da calçada até as 20:00 do dia da coleta.

**Atraso por feriado:** quando um feriado cai em dia de semana, a coleta daquele dia **e de todos os dias seguintes da semana passa para um dia depois**. As rotas de sexta são coletadas no sábado. Não há atraso para feriados que caem no fim de semana.

A coleta é feita pela empresa contratada pela cidade para prédios de até 6 unidades; prédios maiores precisam de serviço particular.`,
    },
  },
  potholes: {
    es: {
      title: "Baches: qué cuenta como bache y en cuánto tiempo se reparan",
      publicAnswer: `Reporte los baches en las **calles de la ciudad** a través del 311 o en línea. Obras Públicas procura rellenar los baches reportados en **3 días hábiles**; los más peligrosos se reparan el mismo día.

**Qué cuenta como bache:** un hoyo o una zona rota del pavimento **más grande que un plato llano o de más de 2 pulgadas de profundidad**. Las grietas, las calles desgastadas o los parches desparejos se agregan a la **lista de repavimentación**; la ciudad repavimenta unas 8 millas de calles cada año según su estado.

**Al reportar, díganos:**
- La calle y el número de casa o la calle transversal más cercanos
- En qué carril está y más o menos qué tamaño tiene

**Calles que no son de la ciudad:** los baches en la **Ruta 28, la Ruta 38 y las rampas de la I-93** los mantiene **MassDOT** — vea "Baches en las carreteras estatales".

**¿Daños a su vehículo?** Presente un reclamo por escrito ante el Procurador Municipal, Ayuntamiento, Sala 206, **dentro de los 30 días**. La ley estatal limita los reclamos por defectos de la vía a $5,000.`,
    },
    pt: {
      title: "Buracos na rua: o que conta como buraco e em quanto tempo são consertados",
      publicAnswer: `Informe buracos nas **ruas da cidade** pelo 311 ou pela internet. Obras Públicas procura tapar os buracos informados em **3 dias úteis**; os mais perigosos são consertados no mesmo dia.

**O que conta como buraco:** um buraco ou trecho quebrado do asfalto **maior que um prato raso ou com mais de 2 polegadas de profundidade**. Rachaduras, ruas desgastadas ou remendos irregulares entram na **lista de recapeamento**; a cidade recapeia cerca de 8 milhas de ruas por ano, conforme o estado de conservação.

**Ao informar, diga:**
- A rua e o número de casa ou a rua transversal mais próximos
- Em qual faixa está e mais ou menos o tamanho

**Ruas que não são da cidade:** buracos na **Rota 28, na Rota 38 e nas rampas da I-93** são mantidos pelo **MassDOT** — veja "Buracos nas rodovias estaduais".

**Danos ao seu veículo?** Apresente uma reclamação por escrito ao Procurador Municipal, Prefeitura, Sala 206, **em até 30 dias**. A lei estadual limita as reclamações por defeitos na via a $5,000.`,
    },
  },
  "state-highway-potholes": {
    es: {
      title: "Baches y problemas en las carreteras estatales (MassDOT)",
      publicAnswer: `Algunas vías de Riverton son **carreteras estatales** que mantiene el **Departamento de Transporte de Massachusetts (MassDOT)**, no la ciudad:

- **Ruta 28** (Main Street al norte de Central Square y Fellsway Road)
- **Ruta 38** (Mystic Avenue)
- **Interestatal 93** y todas sus rampas de entrada y salida
- El **puente de la Ruta 28** sobre el río

Para baches, quitanieves, barandas rotas, señales o luces en estas vías, comuníquese con **MassDOT, División de Carreteras, Distrito 4**:

- Teléfono: **(555) 637-3400** (se pueden reportar problemas las 24 horas, los 7 días)
- En línea: massdot-highway.example

Los reclamos por daños a vehículos en carreteras estatales se presentan ante MassDOT, no ante la ciudad.

El 311 puede tomar su reporte y anotar que se remitió a MassDOT, pero las cuadrillas de la ciudad **no pueden trabajar en vías estatales**.`,
    },
    pt: {
      title: "Buracos e problemas nas rodovias estaduais (MassDOT)",
      publicAnswer: `Algumas vias de Riverton são **rodovias estaduais** mantidas pelo **Departamento de Transportes de Massachusetts (MassDOT)**, e não pela cidade:

- **Rota 28** (Main Street ao norte da Central Square e Fellsway Road)
- **Rota 38** (Mystic Avenue)
- **Interestadual 93** e todas as suas rampas de acesso e saída
- A **ponte da Rota 28** sobre o rio

Para buracos, remoção de neve, guard-rails quebrados, placas ou luzes nessas vias, fale com o **MassDOT, Divisão de Rodovias, Distrito 4**:

- Telefone: **(555) 637-3400** (problemas podem ser informados 24 horas por dia, 7 dias por semana)
- Internet: massdot-highway.example

Reclamações por danos a veículos em rodovias estaduais são feitas ao MassDOT, não à cidade.

O 311 pode registrar o seu relato e anotar que foi encaminhado ao MassDOT, mas as equipes da cidade **não podem trabalhar em vias estaduais**.`,
    },
  },
  streetlights: {
    es: {
      title: "Farolas apagadas",
      publicAnswer: `Riverton tiene unas **6,500 farolas LED**. Reporte una luz que esté **apagada, parpadeando o encendida de día** a través del 311 o en línea.

**Datos útiles:**
- El **número del poste**, en la pequeña placa metálica del poste (más o menos a la altura de los ojos)
- La dirección o la intersección más cercana
- Si hay varias luces seguidas apagadas — eso suele indicar un problema de cableado

**Plazos de reparación:** las luces individuales se arreglan en **5 días hábiles**. Los apagones de una calle entera pueden tardar más si hay que excavar el cableado subterráneo.

**Luces que no son de la ciudad:** las luces de la **I-93 y las carreteras estatales** son de MassDOT. Las luces de estacionamientos, complejos de apartamentos y calles privadas son del propietario. Los reflectores en **postes de madera de la compañía eléctrica** sin placa de la ciudad son de la compañía eléctrica.

Un **poste caído o cables expuestos** es una emergencia — aléjese y llame al 911.`,
    },
    pt: {
      title: "Postes de luz apagados",
      publicAnswer: `Riverton tem cerca de **6.500 postes de iluminação LED**. Informe uma luz que esteja **apagada, piscando ou acesa durante o dia** pelo 311 ou pela internet.

**Detalhes úteis:**
- O **número do poste**, na pequena placa de metal do poste (mais ou menos na altura dos olhos)
- O endereço ou o cruzamento mais próximo
- Se várias luzes seguidas estão apagadas — isso geralmente indica um problema na fiação

**Prazos de conserto:** luzes individuais são consertadas em **5 dias úteis**. Apagões de uma rua inteira podem demorar mais se for preciso escavar a fiação subterrânea.

**Luzes que não são da cidade:** as luzes da **I-93 e das rodovias estaduais** são do MassDOT. As luzes de estacionamentos, condomínios e vias particulares são do proprietário. Refletores em **postes de madeira da companhia elétrica** sem placa da cidade pertencem à companhia elétrica.

Um **poste derrubado ou fios expostos** é uma emergência — afaste-se e ligue para o 911.`,
    },
  },
  "what-is-311": {
    es: {
      title: "¿Qué es el 311?",
      publicAnswer: `**El 311 es el número único de Riverton para todos los servicios de la ciudad.** En lugar de averiguar qué departamento se ocupa de qué, llame al **311** (o al **(555) 311-0311** desde un celular fuera de Riverton) y un operador capacitado responderá su pregunta, tomará su solicitud o lo comunicará con la persona indicada.

**Horario:** de lunes a viernes, de **7:00 a.m. a 7:00 p.m.** Las solicitudes se pueden hacer **en línea las 24 horas** en demo-city.example/311.

**Qué puede hacer el 311:**
- Responder preguntas sobre servicios, horarios, tarifas y calendarios de la ciudad
- Tomar solicitudes, como baches, basura no recogida, farolas y grafitis, y darle un **número de seguimiento**
- Informarle el estado de una solicitud que usted hizo
- Comunicarlo con un departamento de la ciudad o decirle a qué agencia estatal o federal dirigirse

**El 311 no es para emergencias.** Si la vida, la salud o la propiedad de alguien está en peligro, o si se está cometiendo un delito, **llame al 911**.

Los servicios están disponibles en inglés, español, portugués, criollo haitiano y vietnamita, y con un intérprete telefónico en más de 200 idiomas.`,
    },
    pt: {
      title: "O que é o 311?",
      publicAnswer: `**O 311 é o número único de Riverton para todos os serviços da cidade.** Em vez de procurar qual departamento cuida do quê, ligue para o **311** (ou **(555) 311-0311** de um celular fora de Riverton) e um atendente treinado vai responder à sua pergunta, registrar o seu pedido ou transferir você para a pessoa certa.

**Horário:** de segunda a sexta, das **7:00 às 19:00**. Pedidos podem ser feitos **pela internet 24 horas por dia** em demo-city.example/311.

**O que o 311 pode fazer:**
- Responder perguntas sobre serviços, horários, taxas e calendários da cidade
- Registrar pedidos, como buracos na rua, lixo não coletado, postes apagados e pichações, e dar a você um **número de acompanhamento**
- Informar a situação de um pedido que você fez
- Transferir você para um departamento da cidade ou dizer a qual órgão estadual ou federal recorrer

**O 311 não é para emergências.** Se a vida, a saúde ou os bens de alguém estiverem em perigo, ou se um crime estiver acontecendo, **ligue para o 911**.

Os serviços estão disponíveis em inglês, espanhol, português, crioulo haitiano e vietnamita, e com um intérprete por telefone em mais de 200 idiomas.`,
    },
  },
  "public-records-requests": {
    es: {
      title: "Solicitud de registros públicos",
      publicAnswer: `Según la Ley de Registros Públicos de Massachusetts (M.G.L. c. 66, § 10), cualquier persona puede pedir copias de los registros de la ciudad. No necesita decir para qué los quiere.

**Cómo solicitarlos:** escriba a **records@demo-city.example**, use el formulario en línea en demo-city.example/records o escriba al Oficial de Acceso a Registros, Secretaría Municipal, Sala 102, 1 City Hall Plaza.

Sea lo más específico posible: el departamento, el tipo de registro y el período de fechas.

**Plazo:** la ciudad debe responder dentro de **10 días hábiles**. Las solicitudes grandes pueden tardar más; si es así, se le avisará por escrito.

**Costo:** los registros electrónicos suelen ser gratuitos. Las copias en papel cuestan **$0.05 por página**. Si una solicitud requiere más de 4 horas de trabajo del personal, la ciudad puede cobrar hasta $25 por hora y primero le dará un presupuesto.

Los informes policiales se piden en la ventanilla de Registros de la Policía, no por este trámite.`,
    },
    pt: {
      title: "Pedidos de registros públicos",
      publicAnswer: `Pela Lei de Registros Públicos de Massachusetts (M.G.L. c. 66, § 10), qualquer pessoa pode pedir cópias dos registros da cidade. Você não precisa dizer por que quer os documentos.

**Como pedir:** envie um e-mail para **records@demo-city.example**, use o formulário on-line em demo-city.example/records ou escreva para o Responsável pelo Acesso a Registros, Secretaria Municipal, Sala 102, 1 City Hall Plaza.

Seja o mais específico possível: o departamento, o tipo de registro e o período.

**Prazo:** a cidade deve responder em até **10 dias úteis**. Pedidos grandes podem demorar mais; nesse caso, você será avisado por escrito.

**Custo:** registros eletrônicos geralmente são gratuitos. Cópias em papel custam **$0.05 por página**. Se um pedido exigir mais de 4 horas de trabalho da equipe, a cidade pode cobrar até $25 por hora e antes vai lhe passar um orçamento.

Boletins de ocorrência são pedidos no guichê de Registros da Polícia, não por este processo.`,
    },
  },
  "city-jobs": {
    es: {
      title: "Cómo solicitar empleos en la ciudad",
      publicAnswer: `Todos los puestos vacantes de la Ciudad de Riverton se publican en **demo-city.example/jobs** y en el tablero de anuncios frente a Recursos Humanos, Ayuntamiento, Sala 201.

**Cómo postularse:** envíe la solicitud en línea y un currículum antes de la fecha de cierre de la convocatoria. Se aceptan solicitudes en papel en la Sala 201 en el horario del Ayuntamiento.

**Empleos de temporada:** los puestos de salvavidas, monitores de campamento de verano y trabajadores de temporada de Obras Públicas se publican cada **febrero y marzo**. Los salvavidas deben tener la certificación vigente de la Cruz Roja Americana; la ciudad ofrece un curso de certificación en abril.

**Servicio civil:** los puestos de agente de policía y bombero se cubren mediante el examen estatal del Servicio Civil. Consulte las fechas de examen en la División de Recursos Humanos de Massachusetts.

La Ciudad de Riverton es un empleador que ofrece igualdad de oportunidades. Los residentes tienen preferencia cuando lo permiten la ley y los convenios sindicales. Preguntas: hr@demo-city.example o (555) 311-2950.`,
    },
    pt: {
      title: "Como se candidatar a empregos na cidade",
      publicAnswer: `Todas as vagas abertas da Cidade de Riverton são publicadas em **demo-city.example/jobs** e no quadro de avisos em frente aos Recursos Humanos, Prefeitura, Sala 201.

**Como se candidatar:** envie a inscrição on-line e um currículo antes da data de encerramento da vaga. Inscrições em papel são aceitas na Sala 201 no horário da Prefeitura.

**Empregos temporários:** as vagas de salva-vidas, monitores de colônia de férias e trabalhadores temporários de Obras Públicas são publicadas todo ano em **fevereiro e março**. Salva-vidas precisam ter a certificação válida da Cruz Vermelha Americana; a cidade oferece um curso de certificação em abril.

**Serviço público:** as vagas de policial e bombeiro são preenchidas pelo concurso estadual do Serviço Civil. Veja as datas das provas na Divisão de Recursos Humanos de Massachusetts.

A Cidade de Riverton é um empregador que oferece igualdade de oportunidades. Os moradores têm preferência quando a lei e os acordos sindicais permitem. Dúvidas: hr@demo-city.example ou (555) 311-2950.`,
    },
  },
  "birth-certificates": {
    es: {
      title: "Actas de nacimiento",
      publicAnswer: `La Secretaría Municipal emite copias certificadas de actas de nacimiento de las personas **nacidas en Riverton** o cuyos padres vivían en Riverton en el momento del nacimiento.

**Tarifas:** **$20 la primera copia certificada**, $10 cada copia adicional pedida al mismo tiempo.

**En persona:** Secretaría Municipal, Ayuntamiento, Sala 102. Traiga una identificación con foto. Las copias suelen imprimirse en el momento.

**Por correo:** envíe una solicitud por escrito con el nombre completo al nacer, la fecha de nacimiento, los nombres de ambos padres, su relación con la persona, una copia de su identificación con foto, un cheque a nombre de "City of Riverton" y un sobre con su dirección y franqueo pagado. Cuente con 5 a 7 días hábiles.

**En línea:** pídala en demo-city.example/clerk/vital-records (se cobra un cargo adicional de $5 por trámite).

Las actas de nacimiento de hijos de padres no casados tienen acceso restringido: solo la persona nombrada o uno de los padres que figura en el acta puede obtener una copia. Para nacimientos en otros municipios de Massachusetts, comuníquese con ese municipio o con el Registro Estatal de Registros Vitales.`,
    },
    pt: {
      title: "Certidões de nascimento",
      publicAnswer: `A Secretaria Municipal emite cópias autenticadas de certidões de nascimento de pessoas **nascidas em Riverton** ou cujos pais moravam em Riverton na época do nascimento.

**Taxas:** **$20 pela primeira cópia autenticada**, $10 por cada cópia adicional pedida ao mesmo tempo.

**Pessoalmente:** Secretaria Municipal, Prefeitura, Sala 102. Traga um documento com foto. As cópias geralmente são impressas na hora.

**Pelo correio:** envie um pedido por escrito com o nome completo de nascimento, a data de nascimento, os nomes dos pais, o seu parentesco com a pessoa, uma cópia do seu documento com foto, um cheque nominal a "City of Riverton" e um envelope selado com o seu endereço. Conte com 5 a 7 dias úteis.

**Pela internet:** peça em demo-city.example/clerk/vital-records (há uma taxa de processamento extra de $5).

Registros de nascimento de filhos de pais não casados são restritos: só a pessoa registrada ou um dos pais que consta no registro pode obter uma cópia. Para nascimentos em outras cidades de Massachusetts, procure essa cidade ou o Registro Estadual de Registros Civis.`,
    },
  },
  "death-certificates": {
    es: {
      title: "Actas de defunción",
      publicAnswer: `La Secretaría Municipal emite copias certificadas de actas de defunción de las muertes **ocurridas en Riverton** o de residentes de Riverton.

**Tarifas:** **$20 la primera copia certificada**, $10 cada copia adicional pedida al mismo tiempo. La mayoría de las familias necesitan varias copias para los bancos, los seguros y el Seguro Social.

**Quién puede pedirlas:** las actas de defunción son públicas; cualquier persona puede pedir una copia.

**En persona:** Ayuntamiento, Sala 102, en el horario del Ayuntamiento. **Por correo:** envíe el nombre completo de la persona fallecida, la fecha de la defunción, su nombre y dirección, un cheque a nombre de "City of Riverton" y un sobre con su dirección y franqueo pagado.

Normalmente la funeraria presenta el acta y pide las primeras copias para la familia. Las actas suelen estar disponibles en la Secretaría **de 3 a 5 días hábiles** después de que la funeraria las presenta.

Si la muerte ocurrió en otro municipio, pida las copias a la secretaría de ese municipio.`,
    },
    pt: {
      title: "Certidões de óbito",
      publicAnswer: `A Secretaria Municipal emite cópias autenticadas de certidões de óbito de mortes **ocorridas em Riverton** ou de moradores de Riverton.

**Taxas:** **$20 pela primeira cópia autenticada**, $10 por cada cópia adicional pedida ao mesmo tempo. A maioria das famílias precisa de várias cópias para bancos, seguros e a Previdência Social (Social Security).

**Quem pode pedir:** os registros de óbito são públicos; qualquer pessoa pode pedir uma cópia.

**Pessoalmente:** Prefeitura, Sala 102, no horário da Prefeitura. **Pelo correio:** envie o nome completo da pessoa falecida, a data do óbito, o seu nome e endereço, um cheque nominal a "City of Riverton" e um envelope selado com o seu endereço.

Normalmente a funerária registra o óbito e pede as primeiras cópias para a família. Os registros costumam ficar disponíveis na Secretaria **de 3 a 5 dias úteis** depois que a funerária faz o registro.

Se o óbito ocorreu em outra cidade, peça as cópias à secretaria daquela cidade.`,
    },
  },
  "marriage-intentions": {
    es: {
      title: "Casarse: intenciones y licencias de matrimonio",
      publicAnswer: `Para casarse en Massachusetts, la pareja presenta un **Aviso de Intención de Matrimonio** ante la secretaría de cualquier ciudad o pueblo. En Riverton:

- **Dónde:** Secretaría Municipal, Ayuntamiento, Sala 102.
- **Quién:** **los dos miembros de la pareja deben presentarse juntos** en persona, cada uno con una identificación con foto vigente y el número de Seguro Social de cada uno.
- **Tarifa:** **$40**, en efectivo, cheque o tarjeta.
- **Período de espera:** hay un **período de espera de 3 días** después de presentar el aviso (se cuentan domingos y feriados). La licencia se puede retirar el 4.º día.
- **Validez:** la licencia es válida por **60 días** en cualquier lugar de Massachusetts.

Ambos deben tener al menos 18 años. Si alguno estuvo casado antes, traiga la fecha en que terminó ese matrimonio (por fallecimiento o divorcio). El Tribunal de Sucesiones y de Familia puede dispensar el período de espera.

Después de la ceremonia, el oficiante devuelve la licencia a la Secretaría y el matrimonio se registra en unos 10 días.`,
    },
    pt: {
      title: "Para se casar: intenção de casamento e licença",
      publicAnswer: `Para se casar em Massachusetts, o casal apresenta uma **Notificação de Intenção de Casamento** na secretaria de qualquer cidade. Em Riverton:

- **Onde:** Secretaria Municipal, Prefeitura, Sala 102.
- **Quem:** **os dois devem comparecer juntos** pessoalmente, cada um com um documento com foto válido e o número do Social Security de cada um.
- **Taxa:** **$40**, em dinheiro, cheque ou cartão.
- **Prazo de espera:** há um **prazo de espera de 3 dias** depois da apresentação (domingos e feriados contam). A licença pode ser retirada no 4º dia.
- **Validade:** a licença vale por **60 dias** em qualquer lugar de Massachusetts.

Os dois precisam ter pelo menos 18 anos. Se algum dos dois já foi casado, traga a data em que o casamento terminou (por falecimento ou divórcio). O Tribunal de Sucessões e de Família pode dispensar o prazo de espera.

Depois da cerimônia, o celebrante devolve a licença à Secretaria, e o casamento é registrado em cerca de 10 dias.`,
    },
  },
  "marriage-certificate-copies": {
    es: {
      title: "Copias de actas de matrimonio",
      publicAnswer: `La Secretaría Municipal emite copias certificadas de actas de matrimonio de los matrimonios **con licencia de Riverton** (la licencia se emitió aquí, aunque la ceremonia haya sido en otro lugar).

**Tarifa:** **$20 la primera copia certificada**, $10 cada copia adicional.

**En persona:** Ayuntamiento, Sala 102, con una identificación con foto. **Por correo:** incluya los nombres completos de ambos cónyuges (incluidos los apellidos de antes del matrimonio), la fecha del matrimonio, un cheque a nombre de "City of Riverton" y un sobre con su dirección y franqueo pagado.

**Cambio de nombre después del matrimonio:** lleve una copia certificada primero a la Administración del Seguro Social y luego al RMV. La ciudad no actualiza su nombre ante otras agencias.

Los matrimonios con licencia de otro municipio están archivados en la secretaría de ese municipio y en el Registro Estatal de Registros Vitales y Estadísticas.`,
    },
    pt: {
      title: "Cópias de certidões de casamento",
      publicAnswer: `A Secretaria Municipal emite cópias autenticadas de certidões de casamento de casamentos **com licença de Riverton** (a licença foi emitida aqui, mesmo que a cerimônia tenha sido em outro lugar).

**Taxa:** **$20 pela primeira cópia autenticada**, $10 por cada cópia adicional.

**Pessoalmente:** Prefeitura, Sala 102, com um documento com foto. **Pelo correio:** informe os nomes completos dos dois cônjuges (incluindo os nomes de solteiro), a data do casamento e envie um cheque nominal a "City of Riverton" e um envelope selado com o seu endereço.

**Mudança de nome após o casamento:** leve uma cópia autenticada primeiro à Administração do Seguro Social (Social Security) e depois ao RMV. A cidade não atualiza o seu nome em outros órgãos.

Os casamentos com licença de outra cidade ficam arquivados na secretaria daquela cidade e no Registro Estadual de Registros Civis e Estatísticas.`,
    },
  },
  "dog-licenses": {
    es: {
      title: "Licencias para perros",
      publicAnswer: `La ley de Massachusetts exige que todo perro **de 6 meses o más** tenga licencia cada año. Las licencias de Riverton van del **1 de enero al 31 de diciembre** y deben renovarse antes del **31 de marzo**.

**Tarifas:**
- Perro esterilizado o castrado: **$10**
- Perro sin esterilizar: **$20**
- Dueños de 70 años o más: **$5** por un perro esterilizado
- **Recargo por atraso después del 31 de marzo: $25** por perro

**Qué necesita:** un certificado vigente de vacunación contra la rabia y, para la tarifa reducida, un comprobante de esterilización o castración (solo la primera vez).

**Cómo sacar la licencia:** en línea en demo-city.example/dogs, por correo o en persona en la Secretaría Municipal, Ayuntamiento, Sala 102. Las placas se envían por correo en 5 días hábiles.

Los perros sin licencia pueden recibir una multa de **$50**. Una placa perdida se puede reemplazar por $2.`,
    },
    pt: {
      title: "Licenças para cães",
      publicAnswer: `A lei de Massachusetts exige que todo cão **com 6 meses ou mais** seja licenciado todo ano. As licenças de Riverton valem de **1º de janeiro a 31 de dezembro** e devem ser renovadas até **31 de março**.

**Taxas:**
- Cão castrado: **$10**
- Cão não castrado: **$20**
- Donos com 70 anos ou mais: **$5** por um cão castrado
- **Multa por atraso depois de 31 de março: $25** por cão

**O que você precisa:** um certificado válido de vacinação contra a raiva e, para a taxa menor, um comprovante de castração (só na primeira vez).

**Como tirar a licença:** pela internet em demo-city.example/dogs, pelo correio ou pessoalmente na Secretaria Municipal, Prefeitura, Sala 102. As plaquinhas são enviadas pelo correio em 5 dias úteis.

Cães sem licença podem ser multados em **$50**. Uma plaquinha perdida pode ser substituída por $2.`,
    },
  },
  "business-certificates-dba": {
    es: {
      title: 'Certificados de negocio (DBA / "operando como")',
      publicAnswer: `Toda persona que haga negocios en Riverton con un nombre distinto de su nombre legal debe presentar un **Certificado de Negocio** (a menudo llamado DBA) ante la Secretaría Municipal, como exige la M.G.L. c. 110, § 5.

**Tarifa:** **$40** por un certificado nuevo, válido por **4 años**. Las renovaciones también cuestan $40. Las bajas y modificaciones cuestan $10.

**Cómo presentarlo:**
1. Retire el formulario en el Ayuntamiento, Sala 102, o descárguelo en demo-city.example/clerk.
2. Fírmelo **ante un notario** (la Secretaría lo notariza gratis para este formulario).
3. Traiga una identificación con foto y la dirección del negocio en Riverton.

Las corporaciones y LLC registradas ante la Secretaría del Commonwealth no necesitan un DBA, salvo que usen un nombre comercial diferente.

Un certificado de negocio **no** es una licencia para operar: los negocios en casa pueden necesitar la aprobación de zonificación de Servicios de Inspección, y los negocios de comida necesitan un permiso del Departamento de Salud.`,
    },
    pt: {
      title: 'Certificados de empresa (DBA / "nome fantasia")',
      publicAnswer: `Quem faz negócios em Riverton com um nome diferente do seu nome legal deve registrar um **Certificado de Empresa** (muitas vezes chamado de DBA) na Secretaria Municipal, como exige a M.G.L. c. 110, § 5.

**Taxa:** **$40** por um certificado novo, válido por **4 anos**. As renovações também custam $40. Cancelamentos e alterações custam $10.

**Como registrar:**
1. Pegue o formulário na Prefeitura, Sala 102, ou baixe-o em demo-city.example/clerk.
2. Assine-o **na frente de um tabelião** (a Secretaria reconhece a firma de graça para este formulário).
3. Traga um documento com foto e o endereço da empresa em Riverton.

Corporações e LLCs registradas na Secretaria do Commonwealth não precisam de DBA, a menos que usem outro nome comercial.

Um certificado de empresa **não** é uma licença de funcionamento: negócios em casa podem precisar de aprovação de zoneamento dos Serviços de Inspeção, e negócios de alimentos precisam de uma licença do Departamento de Saúde.`,
    },
  },
  "yard-sale-permits": {
    es: {
      title: "Permisos para ventas de garaje y de patio",
      publicAnswer: `Se necesita un permiso para toda venta de patio, de garaje, de mudanza o de herencia en Riverton.

- **Tarifa:** **$10** por venta, emitido por la Secretaría Municipal, Ayuntamiento, Sala 102, o en línea en demo-city.example/yardsale.
- **Límite:** **3 ventas por dirección por año calendario**, cada una de hasta **2 días seguidos**.
- **Horario:** las ventas solo pueden hacerse de **8:00 a.m. a 5:00 p.m.**
- **Carteles:** puede poner hasta 3 carteles en propiedad privada con permiso del dueño. **No se permiten carteles en postes de servicios públicos, árboles ni señales de tránsito**; se quitarán y pueden dar lugar a una multa de $25.

Exhiba el permiso donde los compradores puedan verlo. Los artículos no pueden bloquear la acera, y todo lo que sobre debe retirarse al final del último día — los muebles que no se vendan no se recogen con la basura normal, salvo que reserve una recolección de artículos voluminosos.`,
    },
    pt: {
      title: "Licenças para vendas de garagem e de quintal",
      publicAnswer: `É preciso ter uma licença para qualquer venda de quintal, de garagem, de mudança ou de espólio em Riverton.

- **Taxa:** **$10** por venda, emitida pela Secretaria Municipal, Prefeitura, Sala 102, ou pela internet em demo-city.example/yardsale.
- **Limite:** **3 vendas por endereço por ano**, cada uma de até **2 dias seguidos**.
- **Horário:** as vendas só podem acontecer das **8:00 às 17:00**.
- **Placas:** você pode colocar até 3 placas em propriedade particular com a permissão do dono. **Não são permitidas placas em postes, árvores ou placas de trânsito**; elas serão retiradas e podem gerar uma multa de $25.

Deixe a licença onde os compradores possam vê-la. Os itens não podem bloquear a calçada, e tudo o que sobrar deve ser retirado até o fim do último dia — móveis não vendidos não são levados com o lixo comum, a menos que você agende uma coleta de itens volumosos.`,
    },
  },
  "passport-applications": {
    es: {
      title: "Solicitudes de pasaporte en la Secretaría Municipal",
      publicAnswer: `La Secretaría Municipal es un **centro de recepción de solicitudes de pasaporte** del Departamento de Estado de EE. UU. Las solicitudes se reciben **solo con cita previa**, de lunes a viernes de 9:00 a.m. a 3:30 p.m. y los jueves por la tarde hasta las 6:30 p.m. Reserve en demo-city.example/passports o llame al (555) 311-2300.

**Traiga:**
- El formulario DS-11 completo pero **sin firmar**
- Prueba de ciudadanía estadounidense (acta de nacimiento original o pasaporte anterior) **y una fotocopia**
- Identificación con foto **y una fotocopia** del frente y del dorso
- Una foto de pasaporte de 2x2 (disponible en la Secretaría por **$15**)

**Tarifas (dos pagos separados):**
- Al Departamento de Estado de EE. UU.: **$130** por la libreta de pasaporte de adulto (solo cheque o giro postal)
- A la Ciudad de Riverton: **$35** por la tramitación

**Los menores de 16 años** deben presentarse con ambos padres o tutores. El trámite normal tarda unas 4 a 6 semanas. Las renovaciones de adultos se hacen por correo o en línea y no necesitan cita.`,
    },
    pt: {
      title: "Pedidos de passaporte na Secretaria Municipal",
      publicAnswer: `A Secretaria Municipal é um **posto de recebimento de pedidos de passaporte** do Departamento de Estado dos EUA. Os pedidos são recebidos **somente com hora marcada**, de segunda a sexta das 9:00 às 15:30 e às quintas à noite até as 18:30. Agende em demo-city.example/passports ou ligue para (555) 311-2300.

**Traga:**
- O formulário DS-11 preenchido, mas **sem assinatura**
- Comprovante de cidadania americana (certidão de nascimento original ou passaporte anterior) **e uma fotocópia**
- Documento com foto **e uma fotocópia** da frente e do verso
- Uma foto de passaporte 2x2 (disponível na Secretaria por **$15**)

**Taxas (dois pagamentos separados):**
- Ao Departamento de Estado dos EUA: **$130** pela caderneta de passaporte de adulto (somente cheque ou money order)
- À Cidade de Riverton: **$35** de taxa de processamento

**Menores de 16 anos** devem comparecer com os dois pais ou responsáveis. O processamento normal leva cerca de 4 a 6 semanas. As renovações de adultos são feitas pelo correio ou pela internet e não precisam de hora marcada.`,
    },
  },
  "notary-public": {
    es: {
      title: "Servicios de notario público",
      publicAnswer: `Los notarios de la Secretaría Municipal y de Tesorería y Recaudación notarizan documentos **gratis para los residentes de Riverton** en el horario del Ayuntamiento. A los no residentes se les cobra **$5 por firma**.

**Traiga:**
- El documento **sin firmar** — debe firmarlo delante del notario
- Una **identificación con foto** vigente emitida por el gobierno
- Los testigos que exija el documento (el personal de la ciudad no puede actuar como testigo)

Los notarios de la ciudad **no pueden** notarizar testamentos, cierres de compraventa de inmuebles ni documentos en un idioma que el notario no pueda leer, y no pueden darle asesoramiento legal sobre lo que está firmando. Llame antes al (555) 311-2300 para asegurarse de que haya un notario disponible, sobre todo a la hora del almuerzo.

Muchos bancos también ofrecen servicio de notario gratis a sus clientes.`,
    },
    pt: {
      title: "Serviços de tabelião (notary public)",
      publicAnswer: `Os tabeliães da Secretaria Municipal e da Tesouraria e Arrecadação reconhecem firma em documentos **de graça para os moradores de Riverton** no horário da Prefeitura. Quem não mora na cidade paga **$5 por assinatura**.

**Traga:**
- O documento **sem assinatura** — você deve assinar na frente do tabelião
- Um **documento com foto** válido emitido pelo governo
- As testemunhas que o documento exigir (funcionários da cidade não podem ser testemunhas)

Os tabeliães da cidade **não podem** reconhecer firma em testamentos, fechamentos de compra e venda de imóveis ou documentos em um idioma que o tabelião não consiga ler, e não podem dar orientação jurídica sobre o que você está assinando. Ligue antes para (555) 311-2300 para confirmar que há um tabelião disponível, principalmente na hora do almoço.

Muitos bancos também oferecem o serviço de tabelião de graça para seus clientes.`,
    },
  },
  "annual-street-listing-census": {
    es: {
      title: "Censo anual de la ciudad (listado de residentes por calle)",
      publicAnswer: `Cada enero, la Secretaría Municipal envía por correo un **formulario del censo anual** a cada hogar, como exige la ley de Massachusetts. En él figuran todos los residentes de la dirección, su fecha de nacimiento, ocupación y ciudadanía, e incluye el formulario de licencia para perros.

**Por qué es importante:**
- Es la forma en que la ciudad confirma la **residencia de los votantes** — los votantes que no responden durante dos años pueden pasar a la condición de **inactivos**.
- Se usa para planificar las inscripciones escolares, las listas de jurados y los servicios para veteranos.

**Cómo responder:** corrija los errores, agregue a los nuevos miembros del hogar y tache a quienes se mudaron; luego fírmelo y devuélvalo en el sobre con franqueo pagado **dentro de 10 días**, o complételo en línea en demo-city.example/census con el código de hogar que figura en el formulario.

¿No recibió el formulario? Llame a la Secretaría al (555) 311-2300 y se lo enviarán por correo. Este censo es distinto del Censo federal de EE. UU., que se hace cada diez años.`,
    },
    pt: {
      title: "Censo anual da cidade (lista de moradores por rua)",
      publicAnswer: `Todo mês de janeiro, a Secretaria Municipal envia pelo correio um **formulário do censo anual** para cada residência, como exige a lei de Massachusetts. Ele relaciona todos os moradores do endereço, a data de nascimento, a profissão e a cidadania de cada um, e inclui o formulário de licença para cães.

**Por que é importante:**
- É assim que a cidade confirma a **residência dos eleitores** — eleitores que não respondem por dois anos podem passar para a situação de **inativos**.
- É usado no planejamento das matrículas escolares, nas listas de jurados e nos serviços para veteranos.

**Como responder:** corrija os erros, acrescente os novos moradores e risque quem se mudou; depois assine e devolva no envelope com porte pago **em até 10 dias**, ou preencha pela internet em demo-city.example/census usando o código da residência que está no formulário.

Não recebeu o formulário? Ligue para a Secretaria no (555) 311-2300 e um será enviado pelo correio. Este censo é diferente do Censo federal dos EUA, feito a cada dez anos.`,
    },
  },
  "voter-registration": {
    es: {
      title: "Cómo inscribirse para votar",
      publicAnswer: `Puede inscribirse para votar en Riverton si es **ciudadano estadounidense**, **residente de Massachusetts** y tiene **al menos 18 años el día de la elección** (los jóvenes de 16 y 17 años pueden preinscribirse).

**Formas de inscribirse:**
- **En línea** en el sitio de la Secretaría del Commonwealth, si tiene licencia de conducir o identificación estatal de Massachusetts
- **En persona** en la Oficina de Elecciones, Ayuntamiento, Sala 104
- **Por correo** con un formulario de la Oficina de Elecciones, la biblioteca o la oficina de correos
- Automáticamente cuando hace trámites en el RMV o en MassHealth

**Fecha límite:** debe inscribirse **al menos 10 días antes** de una elección.

**¿Se mudó dentro de Riverton?** Actualice su dirección para votar en el lugar de votación correcto. ¿Se mudó desde otro municipio? Debe volver a inscribirse aquí.

Verifique su inscripción en cualquier momento en la página estatal "Am I registered?" o llamando a la Oficina de Elecciones al (555) 311-3300.`,
    },
    pt: {
      title: "Como se registrar para votar",
      publicAnswer: `Você pode se registrar para votar em Riverton se for **cidadão americano**, **morador de Massachusetts** e tiver **pelo menos 18 anos no dia da eleição** (jovens de 16 e 17 anos podem fazer o pré-registro).

**Formas de se registrar:**
- **Pela internet** no site da Secretaria do Commonwealth, se você tiver carteira de motorista ou identidade estadual de Massachusetts
- **Pessoalmente** no Escritório de Eleições, Prefeitura, Sala 104
- **Pelo correio** com um formulário do Escritório de Eleições, da biblioteca ou dos correios
- Automaticamente quando você é atendido no RMV ou na MassHealth

**Prazo:** você deve se registrar **pelo menos 10 dias antes** de uma eleição.

**Mudou de endereço dentro de Riverton?** Atualize o seu endereço para votar no local de votação certo. Veio de outra cidade? Você precisa se registrar de novo aqui.

Confira a sua situação a qualquer momento na página estadual "Am I registered?" ou ligando para o Escritório de Eleições no (555) 311-3300.`,
    },
  },
  "mail-in-absentee-voting": {
    es: {
      title: "Voto por correo y boletas de voto en ausencia",
      publicAnswer: `Cualquier votante inscrito en Riverton puede **votar por correo** en cualquier elección, sin necesidad de dar un motivo.

**Cómo solicitarlo:**
- Devuelva la **solicitud de voto por correo** que el estado envía a los votantes antes de las elecciones estatales, o
- Descargue la solicitud en demo-city.example/elections, o escriba una carta firmada con su nombre, su dirección en Riverton, adónde enviar la boleta y en qué elecciones quiere votar.

**Fecha límite para solicitarlo:** la Oficina de Elecciones debe recibir las solicitudes **5 días hábiles antes** del día de la elección.

**Cómo devolver su boleta:**
- Por correo (el franqueo está pagado), o
- En el **buzón seguro** afuera del Ayuntamiento, del lado de Summer Street, abierto las 24 horas, los 7 días, hasta las 8:00 p.m. del día de la elección

Las boletas deben recibirse antes de las **8:00 p.m. del día de la elección**. Siga su boleta en línea en el sitio estatal "Track My Ballot".

Los votantes que están fuera por un motivo como el servicio militar pueden usar una **boleta de voto en ausencia**; la Oficina de Elecciones puede ayudarlo.`,
    },
    pt: {
      title: "Voto pelo correio e cédulas de voto em ausência",
      publicAnswer: `Qualquer eleitor registrado em Riverton pode **votar pelo correio** em qualquer eleição — não é preciso dar um motivo.

**Como pedir:**
- Devolva o **pedido de voto pelo correio** que o estado envia aos eleitores antes das eleições estaduais, ou
- Baixe o pedido em demo-city.example/elections, ou escreva uma carta assinada com o seu nome, o seu endereço em Riverton, para onde enviar a cédula e em quais eleições você quer votar.

**Prazo para pedir:** os pedidos devem chegar ao Escritório de Eleições **5 dias úteis antes** do dia da eleição.

**Como devolver a sua cédula:**
- Pelo correio (o porte é pago), ou
- Na **urna de depósito segura** em frente à Prefeitura, do lado da Summer Street, aberta 24 horas por dia, 7 dias por semana, até as 20:00 do dia da eleição

As cédulas devem chegar até as **20:00 do dia da eleição**. Acompanhe a sua cédula pela internet no site estadual "Track My Ballot".

Eleitores que estão fora por um motivo como o serviço militar podem usar uma **cédula de voto em ausência**; o Escritório de Eleições pode ajudar.`,
    },
  },
  "polling-places": {
    es: {
      title: "Lugares de votación y día de la elección",
      publicAnswer: `Riverton tiene **9 distritos (wards) con 2 precintos cada uno**. Su lugar de votación depende de su distrito y precinto.

**Encuentre su lugar de votación:** búsquelo en demo-city.example/elections/where-to-vote o llame a la Oficina de Elecciones al (555) 311-3300.

**Las urnas abren de 7:00 a.m. a 8:00 p.m.** el día de la elección. Si está en la fila a las 8:00 p.m., puede votar.

La mayoría de los lugares son escuelas y edificios comunitarios, por ejemplo:
- Distrito 1: Lincoln Elementary School, 45 Lincoln Street
- Distrito 3: Riverton Senior Center, 22 Pleasant Street
- Distrito 6: sala comunitaria de la Highland Fire Station, 310 Highland Avenue

Todos los lugares de votación son accesibles y tienen una máquina de votación accesible **AutoMARK**.

La **votación anticipada** se hace en el Ayuntamiento para la mayoría de las elecciones estatales; el calendario se publica unas 3 semanas antes de la elección.

No necesita mostrar identificación, salvo que vote por primera vez en Massachusetts o que un trabajador electoral se la pida.`,
    },
    pt: {
      title: "Locais de votação e dia da eleição",
      publicAnswer: `Riverton tem **9 distritos (wards) com 2 seções eleitorais cada um**. O seu local de votação depende do seu distrito e da sua seção.

**Encontre o seu local de votação:** consulte em demo-city.example/elections/where-to-vote ou ligue para o Escritório de Eleições no (555) 311-3300.

**A votação vai das 7:00 às 20:00** no dia da eleição. Se você estiver na fila às 20:00, poderá votar.

A maioria dos locais são escolas e prédios comunitários, por exemplo:
- Distrito 1: Lincoln Elementary School, 45 Lincoln Street
- Distrito 3: Riverton Senior Center, 22 Pleasant Street
- Distrito 6: salão comunitário da Highland Fire Station, 310 Highland Avenue

Todos os locais de votação são acessíveis e têm uma máquina de votação acessível **AutoMARK**.

A **votação antecipada** é feita na Prefeitura para a maioria das eleições estaduais; o calendário é publicado cerca de 3 semanas antes da eleição.

Você não precisa mostrar documento, a menos que esteja votando pela primeira vez em Massachusetts ou que um mesário peça.`,
    },
  },
  "holiday-trash-delay": {
    es: {
      title: "Retrasos en la recolección de basura por feriados",
      publicAnswer: `Cuando un feriado cae en **día de semana (de lunes a viernes)**, la recolección de basura, reciclaje y residuos de jardín **se corre un día durante el resto de esa semana**.

**Ejemplo:** si el lunes es feriado, la ruta del lunes se recoge el martes, la del martes el miércoles, y así sucesivamente. **La ruta del viernes se recoge el sábado.**

Feriados que causan retraso: Año Nuevo, Día de Martin Luther King Jr., Día de los Presidentes, Día de los Patriotas, Día de los Caídos (Memorial Day), Juneteenth, Día de la Independencia, Día del Trabajo, Día de los Pueblos Indígenas, Día de los Veteranos, Día de Acción de Gracias y Navidad.

**No hay retraso** cuando un feriado cae en sábado o domingo.

Inscríbase en demo-city.example/trash para recibir recordatorios de recolección por mensaje de texto o correo electrónico y le llegará un aviso la noche antes de cualquier cambio. El calendario también figura en el calendario impreso de reciclaje que se envía por correo cada diciembre.`,
    },
    pt: {
      title: "Atrasos na coleta de lixo por feriados",
      publicAnswer: `Quando um feriado cai em **dia de semana (de segunda a sexta)**, a coleta de lixo, reciclagem e resíduos de jardim **passa para um dia depois durante o resto daquela semana**.

**Exemplo:** se segunda-feira for feriado, a rota de segunda é coletada na terça, a de terça na quarta, e assim por diante. **A rota de sexta é coletada no sábado.**

Feriados que causam atraso: Ano-Novo, Dia de Martin Luther King Jr., Dia dos Presidentes, Dia dos Patriotas, Memorial Day, Juneteenth, Dia da Independência, Dia do Trabalho, Dia dos Povos Indígenas, Dia dos Veteranos, Dia de Ação de Graças e Natal.

**Não há atraso** quando um feriado cai no sábado ou no domingo.

Cadastre-se em demo-city.example/trash para receber lembretes da coleta por mensagem de texto ou e-mail e receba um aviso na noite anterior a qualquer mudança. O calendário também aparece no calendário impresso de reciclagem enviado pelo correio todo mês de dezembro.`,
    },
  },
  "what-goes-in-recycling": {
    es: {
      title: "Qué va en el carrito de reciclaje",
      publicAnswer: `Riverton usa **reciclaje de flujo único**: todo va **suelto** en el carrito azul.

**Sí, por favor:**
- Papel, periódicos, correspondencia, revistas, cajas de cereal y de zapatos
- Cartón **aplanado** (los trozos de más de 3 pies x 3 pies van atados junto al carrito)
- Botellas, galones y envases de plástico (vacíos, con la tapa puesta)
- Botellas y frascos de vidrio
- Latas de metal, papel de aluminio limpio y moldes para tartas
- Cartones de leche y de jugo

**No, por favor:**
- **Bolsas y película de plástico** (devuélvalas en los supermercados)
- Comida o líquidos, cajas de pizza con grasa
- Poliestireno (Styrofoam), ropa, mangueras, cables, pilas
- Tanques de propano, agujas

Los carritos con materiales incorrectos reciben una **etiqueta** y no se recogen hasta que se quiten esos artículos. ¿Necesita un carrito nuevo o de reemplazo? Pídalo a través del 311; el primer carrito es gratis y los adicionales cuestan **$60**.`,
    },
    pt: {
      title: "O que vai no carrinho de reciclagem",
      publicAnswer: `Riverton usa **reciclagem em fluxo único**: tudo vai **solto** no carrinho azul.

**Sim, por favor:**
- Papel, jornal, correspondência, revistas, caixas de cereal e de sapatos
- Papelão **desmontado** (pedaços maiores que 3 pés x 3 pés vão amarrados ao lado do carrinho)
- Garrafas, galões e embalagens de plástico (vazios, com a tampa)
- Garrafas e potes de vidro
- Latas de metal, papel-alumínio limpo e formas de torta
- Caixas de leite e de suco

**Não, por favor:**
- **Sacolas e filmes plásticos** (devolva nos supermercados)
- Comida ou líquidos, caixas de pizza engorduradas
- Isopor, roupas, mangueiras, fios, pilhas
- Botijões de propano, agulhas

Carrinhos com itens errados recebem uma **etiqueta** e não são coletados até que os itens sejam retirados. Precisa de um carrinho novo ou de reposição? Peça pelo 311; o primeiro carrinho é gratuito e os adicionais custam **$60**.`,
    },
  },
  "yard-waste": {
    es: {
      title: "Recolección de residuos de jardín y hojas",
      publicAnswer: `Los residuos de jardín se recogen **el mismo día que su basura** desde la **primera semana de abril hasta la segunda semana de diciembre**.

**Cómo sacarlos:**
- En **bolsas grandes de papel para hojas**, o
- En **barriles abiertos marcados "Yard Waste"** (hay una etiqueta gratis en el patio de Obras Públicas y en el Ayuntamiento), o
- Ramas **atadas en manojos** de no más de 4 pies de largo y no más de 3 pulgadas de grosor

**No se aceptan:** bolsas de plástico, tierra, piedras, tocones, césped en panes ni madera de construcción.

**Los árboles de Navidad** se recogen durante las dos semanas después de Año Nuevo en su día de basura — quíteles todos los adornos, soportes y bolsas.

También puede dejar residuos de jardín gratis en el **Sitio de Compostaje de Obras Públicas, 40 Mill Street**, los sábados de 8:00 a.m. a 2:00 p.m. de abril a noviembre, con la etiqueta de residente o un comprobante de residencia. El compost terminado y las astillas de madera son gratis hasta agotar existencias.`,
    },
    pt: {
      title: "Coleta de resíduos de jardim e folhas",
      publicAnswer: `Os resíduos de jardim são coletados **no mesmo dia do seu lixo**, da **primeira semana de abril até a segunda semana de dezembro**.

**Como colocar para fora:**
- Em **sacos grandes de papel para folhas**, ou
- Em **latões abertos marcados "Yard Waste"** (há um adesivo gratuito no pátio de Obras Públicas e na Prefeitura), ou
- Galhos **amarrados em feixes** de no máximo 4 pés de comprimento e 3 polegadas de espessura

**Não são aceitos:** sacos plásticos, terra, pedras, tocos, placas de grama ou madeira de construção.

**Árvores de Natal** são coletadas durante as duas semanas depois do Ano-Novo no seu dia de coleta — tire todos os enfeites, suportes e sacos.

Você também pode deixar resíduos de jardim de graça no **Pátio de Compostagem de Obras Públicas, 40 Mill Street**, aos sábados das 8:00 às 14:00, de abril a novembro, com o adesivo de morador ou comprovante de residência. O composto pronto e a lasca de madeira são gratuitos enquanto durarem os estoques.`,
    },
  },
  "bulk-item-pickup": {
    es: {
      title: "Recolección de artículos voluminosos (muebles, colchones, electrodomésticos)",
      publicAnswer: `Los artículos grandes se recogen **con cita previa** en su día habitual de basura. Reserve a través del 311 o en línea en demo-city.example/bulk **antes de las 3:00 p.m. del día hábil anterior** a su día de basura.

**Límites y tarifas:**
- **Muebles** (sofás, sillas, mesas, cómodas): **gratis**, hasta **3 artículos por semana**
- **Colchones y somieres:** **$25 cada uno**; deben ir envueltos en una bolsa plástica para colchones (prohibición estatal de desechos)
- **Electrodomésticos con freón** (refrigeradores, congeladores, aires acondicionados, deshumidificadores): **$30 cada uno**
- Lavadoras, secadoras, estufas, calentadores de agua: **$20 cada uno**

Pague con tarjeta al reservar o compre las etiquetas en Tesorería y Recaudación, Ayuntamiento, Sala 105. Saque los artículos a la acera antes de las 7:00 a.m., **sin** bloquear la acera.

**No se aceptan:** escombros de construcción, neumáticos, piezas de autos, televisores y aparatos electrónicos (vea "Televisores y aparatos electrónicos") ni artículos de negocios.`,
    },
    pt: {
      title: "Coleta de itens volumosos (móveis, colchões, eletrodomésticos)",
      publicAnswer: `Itens grandes são coletados **com agendamento** no seu dia normal de coleta de lixo. Agende pelo 311 ou pela internet em demo-city.example/bulk **até as 15:00 do dia útil anterior** ao seu dia de coleta.

**Limites e taxas:**
- **Móveis** (sofás, cadeiras, mesas, cômodas): **grátis**, até **3 itens por semana**
- **Colchões e bases box:** **$25 cada**; devem estar embrulhados em um saco plástico para colchão (proibição estadual de descarte)
- **Eletrodomésticos com gás Freon** (geladeiras, freezers, aparelhos de ar-condicionado, desumidificadores): **$30 cada**
- Máquinas de lavar, secadoras, fogões, aquecedores de água: **$20 cada**

Pague com cartão ao agendar ou compre os adesivos na Tesouraria e Arrecadação, Prefeitura, Sala 105. Coloque os itens na calçada até as 7:00, **sem** bloquear a passagem.

**Não são aceitos:** entulho de obra, pneus, peças de carro, TVs e eletrônicos (veja "TVs e eletrônicos") ou itens de empresas.`,
    },
  },
  "tv-electronics-disposal": {
    es: {
      title: "Cómo deshacerse de televisores, computadoras y aparatos electrónicos",
      publicAnswer: `Massachusetts prohíbe tirar televisores y monitores de computadora a la basura. En Riverton tiene tres opciones:

**1. Recolección en la acera con cita previa** (reserve a través del 311):
- Televisores y monitores de computadora: **$25 cada uno**
- Otros aparatos electrónicos con cable (microondas, impresoras, equipos de sonido, videocaseteras): **$10 cada uno**

**2. Entrega en el patio de Obras Públicas**, 40 Mill Street, el **primer y tercer sábado de cada mes, de 8:00 a.m. a 12:00 p.m.**, con un comprobante de residencia. Las mismas tarifas, con pago con tarjeta.

**3. Devolución gratis en tiendas:** muchas tiendas de electrónica aceptan computadoras, laptops y teléfonos para reciclarlos gratis. Los celulares y las baterías recargables también pueden ir en el buzón gratuito del vestíbulo de la biblioteca.

No deje aparatos electrónicos en la acera sin una cita pagada; no se recogerán y puede recibir una multa por vertido ilegal.`,
    },
    pt: {
      title: "Como descartar TVs, computadores e eletrônicos",
      publicAnswer: `Massachusetts proíbe jogar TVs e monitores de computador no lixo. Em Riverton você tem três opções:

**1. Coleta na calçada com agendamento** (agende pelo 311):
- TVs e monitores de computador: **$25 cada**
- Outros eletrônicos com fio (micro-ondas, impressoras, aparelhos de som, videocassetes): **$10 cada**

**2. Entrega no pátio de Obras Públicas**, 40 Mill Street, no **primeiro e no terceiro sábado de cada mês, das 8:00 às 12:00**, com comprovante de residência. As mesmas taxas, pagas com cartão.

**3. Devolução gratuita nas lojas:** muitas lojas de eletrônicos aceitam computadores, notebooks e celulares para reciclagem gratuita. Celulares e pilhas recarregáveis também podem ir na caixa de coleta gratuita no saguão da biblioteca.

Não deixe eletrônicos na calçada sem um agendamento pago; eles não serão coletados e você pode levar uma multa por descarte ilegal.`,
    },
  },
  "household-hazardous-waste-day": {
    es: {
      title: "Día de recolección de residuos peligrosos del hogar",
      publicAnswer: `Riverton organiza **dos Días de Residuos Peligrosos del Hogar** al año, un sábado de **mayo** y otro de **octubre**, de **8:00 a.m. a 12:00 p.m.** en el **patio de Obras Públicas, 40 Mill Street**. Las fechas se publican en demo-city.example/hhw.

**Se aceptan:** pinturas y barnices a base de aceite, solventes, pesticidas y herbicidas, productos químicos para piscinas, anticongelante, gasolina, destapacaños, termómetros y termostatos de mercurio, y baterías de litio.

**No se aceptan:** pintura de látex (séquela con arena para gatos y tírela a la basura), explosivos, municiones, residuos médicos, materiales radiactivos ni residuos de negocios.

**Reglas:** solo para residentes de Riverton — traiga su **licencia de conducir o una factura de servicios públicos**. Límite de **25 galones o 25 libras** por hogar. Mantenga los productos en sus envases originales y quédese en su auto.

**Todo el año:** el aceite de motor usado y las baterías de auto se aceptan en el patio de Obras Públicas los días de semana de 7:00 a.m. a 3:00 p.m. Las bombillas fluorescentes van en el contenedor de la oficina de Obras Públicas.`,
    },
    pt: {
      title: "Dia de coleta de resíduos domésticos perigosos",
      publicAnswer: `Riverton promove **dois Dias de Resíduos Domésticos Perigosos** por ano, em um sábado de **maio** e outro de **outubro**, das **8:00 às 12:00** no **pátio de Obras Públicas, 40 Mill Street**. As datas são publicadas em demo-city.example/hhw.

**São aceitos:** tintas e vernizes à base de óleo, solventes, pesticidas e herbicidas, produtos químicos para piscina, anticongelante, gasolina, desentupidores, termômetros e termostatos de mercúrio e baterias de lítio.

**Não são aceitos:** tinta látex (deixe secar com areia de gato e jogue no lixo), explosivos, munição, lixo hospitalar, materiais radioativos ou resíduos de empresas.

**Regras:** somente para moradores de Riverton — traga sua **carteira de motorista ou uma conta de luz, água ou gás**. Limite de **25 galões ou 25 libras** por residência. Mantenha os produtos nas embalagens originais e fique dentro do carro.

**O ano todo:** óleo de motor usado e baterias de carro são aceitos no pátio de Obras Públicas nos dias úteis, das 7:00 às 15:00. Lâmpadas fluorescentes vão no coletor do escritório de Obras Públicas.`,
    },
  },
  "illegal-dumping": {
    es: {
      title: "Vertido ilegal de basura",
      publicAnswer: `Dejar basura, muebles, neumáticos o escombros en una acera, en un parque, en un terreno baldío o junto a un bote de basura público es **vertido ilegal**.

**Multas:** **$300 por la primera infracción**, $500 por la segunda y $1,000 por cada infracción posterior, más el costo de la limpieza. Los vehículos usados para tirar basura pueden ser remolcados.

**Repórtelo** a través del 311 o en línea. Incluya:
- El lugar exacto (dirección o punto de referencia más cercano)
- Qué se tiró
- Si lo vio: la **fecha y hora**, una descripción de la persona y el **número de placa del vehículo**

No se enfrente a nadie que esté tirando basura. Obras Públicas retira los materiales tirados en **propiedad pública en 3 días hábiles**. Si están en propiedad privada, Servicios de Inspección ordenará al dueño que los limpie.

¿Tiene algo grande de lo que deshacerse? Use en su lugar el programa de recolección de artículos voluminosos.`,
    },
    pt: {
      title: "Descarte ilegal de lixo",
      publicAnswer: `Deixar lixo, móveis, pneus ou entulho em uma calçada, em um parque, em um terreno baldio ou ao lado de uma lixeira pública é **descarte ilegal**.

**Multas:** **$300 na primeira infração**, $500 na segunda e $1,000 em cada infração depois disso, mais o custo da limpeza. Veículos usados para o descarte podem ser guinchados.

**Denuncie** pelo 311 ou pela internet. Informe:
- O local exato (endereço ou ponto de referência mais próximo)
- O que foi descartado
- Se você viu acontecer: a **data e a hora**, uma descrição da pessoa e o **número da placa do veículo**

Não confronte quem estiver descartando lixo. Obras Públicas retira o material descartado em **propriedade pública em até 3 dias úteis**. Se estiver em propriedade particular, os Serviços de Inspeção vão mandar o dono limpar.

Tem algo grande para jogar fora? Use o programa de coleta de itens volumosos.`,
    },
  },
  "snow-emergency-parking-ban": {
    es: {
      title: "Emergencias por nieve y prohibiciones de estacionamiento",
      publicAnswer: `El Alcalde declara una **emergencia por nieve** cuando se esperan 4 pulgadas de nieve o más. Los anuncios se envían por **alertas de texto y correo electrónico** (inscríbase en demo-city.example/alerts), en el sitio web de la ciudad, en la radio local y con las luces azules intermitentes de las intersecciones principales.

**Durante una emergencia por nieve:**
- **No se puede estacionar del lado par** de las calles residenciales, y **no se puede estacionar en absoluto en las rutas de emergencia por nieve señalizadas** (Main, Broadway, Highland, Washington y otras marcadas con letreros rojos).
- Los vehículos en infracción **reciben una multa de $50 y son remolcados** (la grúa cuesta unos $135 más el almacenamiento).
- Hay **estacionamiento gratis** en el garaje de Summer Street, en los lotes de las escuelas y en el lote de Obras Públicas desde la declaración hasta 2 horas después de que se levante la prohibición.

Las calles secundarias se limpian **dentro de las 12 horas después de que deja de nevar**. Por favor, no palee ni sople nieve hacia la calle — la multa es de $50.

Para encontrar un auto remolcado, llame a la línea de no emergencias de la Policía al (555) 311-2500.`,
    },
    pt: {
      title: "Emergências de neve e proibições de estacionamento",
      publicAnswer: `O Prefeito declara uma **emergência de neve** quando são esperadas 4 polegadas de neve ou mais. Os avisos são enviados por **alertas de texto e e-mail** (cadastre-se em demo-city.example/alerts), no site da cidade, nas rádios locais e pelas luzes azuis piscantes nos principais cruzamentos.

**Durante uma emergência de neve:**
- **É proibido estacionar do lado par** das ruas residenciais, e **é totalmente proibido estacionar nas rotas de emergência de neve sinalizadas** (Main, Broadway, Highland, Washington e outras marcadas com placas vermelhas).
- Os veículos em infração **são multados em $50 e guinchados** (o guincho custa cerca de $135, mais a diária do pátio).
- Há **estacionamento gratuito** na garagem da Summer Street, nos pátios das escolas e no pátio de Obras Públicas desde a declaração até 2 horas depois do fim da proibição.

As ruas secundárias são limpas **em até 12 horas depois que a neve para de cair**. Por favor, não jogue nem sopre neve na rua — a multa é de $50.

Para encontrar um carro guinchado, ligue para o número de não emergência da Polícia: (555) 311-2500.`,
    },
  },
  "sidewalk-snow-shoveling": {
    es: {
      title: "Limpieza de nieve en las aceras: reglas para los propietarios",
      publicAnswer: `Una ordenanza de Riverton exige que los dueños y ocupantes de **toda propiedad** — casas, negocios y terrenos baldíos — limpien la nieve y el hielo de las aceras junto a ella.

**Plazos:**
- Dentro de las **6 horas** después de que deja de nevar durante el día
- Antes de las **10:00 a.m.** si deja de nevar durante la noche

**Despeje un paso de al menos 36 pulgadas de ancho**, incluidas las rampas de la acera y el paso hasta cualquier hidrante frente a su propiedad. Use arena o derretidor de hielo en las partes heladas.

**Multas:** $50 para propiedades residenciales y **$100 para negocios**, por día. No empuje la nieve hacia la calle.

**¿Necesita ayuda?** Las personas mayores de 65 años o más y los residentes con discapacidad pueden solicitar el programa gratuito de voluntarios **Snow Angels** a través del Centro para Personas Mayores al (555) 311-2960.

Reporte las aceras que no se hayan limpiado a través del 311. Servicios de Inspección revisa las quejas y da advertencias y luego multas.`,
    },
    pt: {
      title: "Limpeza de neve nas calçadas: regras para proprietários",
      publicAnswer: `Uma lei municipal de Riverton exige que os donos e ocupantes de **todo imóvel** — casas, comércios e terrenos baldios — retirem a neve e o gelo das calçadas em frente.

**Prazos:**
- Em até **6 horas** depois que a neve parar de cair durante o dia
- Até as **10:00** se a neve parar durante a noite

**Abra uma passagem de pelo menos 36 polegadas de largura**, incluindo as rampas do meio-fio e o caminho até qualquer hidrante em frente ao seu imóvel. Use areia ou sal para derreter gelo nos trechos congelados.

**Multas:** $50 para imóveis residenciais e **$100 para comércios**, por dia. Não empurre a neve para a rua.

**Precisa de ajuda?** Idosos com 65 anos ou mais e moradores com deficiência podem se inscrever no programa gratuito de voluntários **Snow Angels** pelo Centro de Idosos, no (555) 311-2960.

Informe calçadas que não foram limpas pelo 311. Os Serviços de Inspeção verificam as reclamações e dão advertências e depois multas.`,
    },
  },
  "pay-parking-ticket": {
    es: {
      title: "Cómo pagar una multa de estacionamiento",
      publicAnswer: `Las multas de estacionamiento de Riverton deben **pagarse o apelarse dentro de los 21 días** de la infracción.

**Formas de pago:**
- **En línea** en demo-city.example/parkingtickets con el número de multa o de placa (tarjeta o cheque electrónico; cargo por servicio de $2)
- **Por correo:** cheque o giro postal a nombre de "City of Riverton", con el número de multa en el cheque, a Parking Clerk, PO Box 311, Riverton MA
- **En persona:** Tesorería y Recaudación, Ayuntamiento, Sala 105 (efectivo, cheque o tarjeta)

**Recargos por atraso:** **$10 más después de 21 días**, y otros $10 después de un segundo aviso. Las multas impagas se informan al **RMV**, que **bloqueará la renovación de su licencia y de su registro** hasta que se paguen, más un cargo de liberación de $20.

**Multas comunes:** limpieza de calles $40, zona de permiso de residentes $40, parquímetro vencido $25, hidrante $100, espacio para personas con discapacidad $200.`,
    },
    pt: {
      title: "Como pagar uma multa de estacionamento",
      publicAnswer: `As multas de estacionamento de Riverton devem ser **pagas ou contestadas em até 21 dias** da infração.

**Formas de pagamento:**
- **Pela internet** em demo-city.example/parkingtickets com o número da multa ou da placa (cartão ou cheque eletrônico; taxa de conveniência de $2)
- **Pelo correio:** cheque ou money order nominal a "City of Riverton", com o número da multa no cheque, para Parking Clerk, PO Box 311, Riverton MA
- **Pessoalmente:** Tesouraria e Arrecadação, Prefeitura, Sala 105 (dinheiro, cheque ou cartão)

**Multas por atraso:** **mais $10 depois de 21 dias**, e mais $10 depois de um segundo aviso. Multas não pagas são comunicadas ao **RMV**, que vai **bloquear a renovação da sua carteira de motorista e do registro do veículo** até que sejam pagas, mais uma taxa de liberação de $20.

**Multas comuns:** limpeza de rua $40, zona de estacionamento para moradores $40, parquímetro vencido $25, hidrante $100, vaga para pessoas com deficiência $200.`,
    },
  },
  "appeal-parking-ticket": {
    es: {
      title: "Cómo apelar una multa de estacionamiento",
      publicAnswer: `Puede apelar una multa de estacionamiento de Riverton **dentro de los 21 días** desde la fecha en que se emitió.

**Apelación por escrito:** preséntela en línea en demo-city.example/parkingtickets, o envíe por correo una carta con el **número de multa, el número de placa, su motivo** y cualquier prueba (fotos, recibos, un permiso) al Parking Clerk, Transporte y Estacionamiento, Ayuntamiento, Sala 108.

**Audiencia en persona:** hay audiencias sin cita los **jueves de 4:00 a 7:00 p.m.**, o puede pedir una cita.

**Buenos motivos para apelar** son, por ejemplo: un parquímetro roto, una señal que falta o que no es clara, un permiso válido que estaba a la vista o un vehículo robado (incluya el informe policial).

Las decisiones se envían por correo dentro de **30 días**. **No se agregan recargos por atraso** mientras la apelación está pendiente. Si no está de acuerdo con la decisión, puede apelar ante el **Tribunal de Distrito** dentro de 20 días, con un cargo de presentación de $40.`,
    },
    pt: {
      title: "Como contestar uma multa de estacionamento",
      publicAnswer: `Você pode contestar uma multa de estacionamento de Riverton **em até 21 dias** da data em que foi emitida.

**Recurso por escrito:** envie pela internet em demo-city.example/parkingtickets, ou mande pelo correio uma carta com o **número da multa, o número da placa, o seu motivo** e qualquer prova (fotos, recibos, uma licença) para o Parking Clerk, Transporte e Estacionamento, Prefeitura, Sala 108.

**Audiência presencial:** há audiências sem agendamento às **quintas, das 16:00 às 19:00**, ou você pode pedir um horário.

**Bons motivos para contestar** incluem: parquímetro quebrado, placa ausente ou pouco clara, licença válida que estava à vista ou veículo roubado (inclua o boletim de ocorrência).

As decisões são enviadas pelo correio em até **30 dias**. **Não são cobradas multas por atraso** enquanto o recurso estiver pendente. Se não concordar com a decisão, você pode recorrer ao **Tribunal Distrital** em até 20 dias, com uma taxa de $40.`,
    },
  },
  "residential-parking-permits": {
    es: {
      title: "Permisos de estacionamiento para residentes y visitantes",
      publicAnswer: `Las calles marcadas **"Resident Permit Parking Only"** (solo con permiso de residente) exigen la calcomanía de estacionamiento para residentes de Riverton.

**Tarifas:** **$25 por vehículo por año**, gratis para residentes de 65 años o más y para vehículos con placas de discapacidad. Los permisos van del **1 de septiembre al 31 de agosto**.

**Traiga:**
- El **registro de su vehículo** con una dirección de Riverton (no un apartado postal)
- Un **comprobante de residencia** de los últimos 30 días — una factura de servicios públicos, un contrato de alquiler o un estado de cuenta bancario
- Antes debe pagar las multas o el impuesto sobre vehículos pendientes

**Pases para visitantes:** cada hogar puede comprar **2 tarjetas colgantes para visitantes** a $10 cada una por año. Los pases de un día para contratistas cuestan $5.

Solicítelo en línea en demo-city.example/permits o en Transporte y Estacionamiento, Ayuntamiento, Sala 108. Las calcomanías nuevas se envían por correo en 5 días hábiles.

¿Quiere estacionamiento con permiso en su calle? Una petición firmada por el **51% de los hogares** de la cuadra da inicio a un estudio de tránsito.`,
    },
    pt: {
      title: "Licenças de estacionamento para moradores e visitantes",
      publicAnswer: `Ruas marcadas **"Resident Permit Parking Only"** (só com licença de morador) exigem o adesivo de estacionamento para moradores de Riverton.

**Taxas:** **$25 por veículo por ano**, grátis para moradores com 65 anos ou mais e para veículos com placas para pessoas com deficiência. As licenças valem de **1º de setembro a 31 de agosto**.

**Traga:**
- O **registro do veículo** com um endereço de Riverton (não uma caixa postal)
- Um **comprovante de residência** dos últimos 30 dias — uma conta de luz, água ou gás, um contrato de aluguel ou um extrato bancário
- Multas ou imposto sobre veículos em aberto precisam ser pagos antes

**Passes para visitantes:** cada residência pode comprar **2 cartões de visitante** para pendurar no retrovisor, a $10 cada por ano. Passes de um dia para prestadores de serviço custam $5.

Peça pela internet em demo-city.example/permits ou em Transporte e Estacionamento, Prefeitura, Sala 108. Os adesivos novos são enviados pelo correio em 5 dias úteis.

Quer estacionamento com licença na sua rua? Um abaixo-assinado de **51% das residências** do quarteirão dá início a um estudo de trânsito.`,
    },
  },
  "street-opening-dumpster-permits": {
    es: {
      title: "Permisos para abrir la calle, contenedores y obstrucción de aceras",
      publicAnswer: `Las obras que ocupan o excavan una calle o acera de la ciudad necesitan un permiso de **Obras Públicas**, 40 Mill Street.

**Contenedor de escombros o de almacenamiento (POD) en la calle:**
- **$50 por semana**, hasta 4 semanas
- Debe tener reflectores y estar a por lo menos 20 pies de hidrantes y esquinas
- Los contenedores en su propia entrada de autos **no** necesitan permiso

**Permiso para abrir la calle** (conexiones de servicios, reparación de alcantarillado, rebajes de acera para entradas de autos):
- **$150** más $5 por pie lineal
- El contratista debe tener licencia y fianza ($10,000 de fianza)
- Llame a **Dig Safe** al 811 al menos 72 horas antes de excavar
- No se abren calles del **1 de diciembre al 15 de marzo**, salvo emergencias

**Obstrucción de la acera** (materiales, andamios): $25 por semana.

Solicítelo en demo-city.example/dpw/permits o en la oficina de Obras Públicas, de lunes a viernes de 7:00 a.m. a 3:00 p.m. La aprobación tarda **3 días hábiles**.`,
    },
    pt: {
      title: "Licenças para abertura de rua, caçambas e obstrução de calçada",
      publicAnswer: `Obras que ocupam ou escavam uma rua ou calçada da cidade precisam de uma licença de **Obras Públicas**, 40 Mill Street.

**Caçamba ou contêiner de armazenamento (POD) na rua:**
- **$50 por semana**, por até 4 semanas
- Deve ter refletores e ficar a pelo menos 20 pés de hidrantes e esquinas
- Caçambas na sua própria entrada de garagem **não** precisam de licença

**Licença de abertura de rua** (ligações de serviços públicos, conserto de esgoto, rebaixamento de guia para garagem):
- **$150** mais $5 por pé linear
- A empresa contratada deve ser licenciada e ter caução ($10,000 de caução)
- Ligue para a **Dig Safe** no 811 pelo menos 72 horas antes de escavar
- Não há abertura de ruas de **1º de dezembro a 15 de março**, exceto em emergências

**Obstrução de calçada** (material de obra, andaimes): $25 por semana.

Peça em demo-city.example/dpw/permits ou no escritório de Obras Públicas, de segunda a sexta, das 7:00 às 15:00. A aprovação leva **3 dias úteis**.`,
    },
  },
  "abandoned-vehicles": {
    es: {
      title: "Vehículos abandonados y sin registro",
      publicAnswer: `Un vehículo estacionado en una **calle de la ciudad durante más de 72 horas** sin moverse, o uno **sin placas o con el registro vencido**, se puede reportar como abandonado.

**Qué sucede:**
1. Un agente de policía revisa el vehículo, por lo general dentro de **5 días hábiles**.
2. Si corresponde, el agente le pone una **calcomanía de advertencia de 48 horas**.
3. Si no se mueve, se **remolca** por cuenta del dueño.

**Al reportarlo, díganos:** marca, modelo, color, número de placa y cuánto tiempo lleva allí.

**Propiedad privada:** la ciudad no remolca vehículos de entradas de autos ni de estacionamientos privados. El dueño de la propiedad puede pedir una grúa según la M.G.L. c. 266, § 120D, con letreros colocados. Los vehículos sin registro guardados en un patio pueden infringir el código de zonificación — Servicios de Inspección puede hacer el seguimiento.

Un vehículo robado o relacionado con un delito debe reportarse a la policía de inmediato.`,
    },
    pt: {
      title: "Veículos abandonados e sem registro",
      publicAnswer: `Um veículo estacionado em uma **rua da cidade por mais de 72 horas** sem sair do lugar, ou um **sem placas ou com o registro vencido**, pode ser informado como abandonado.

**O que acontece:**
1. Um policial verifica o veículo, geralmente em até **5 dias úteis**.
2. Se for o caso, o policial cola nele um **adesivo de advertência de 48 horas**.
3. Se ele não for retirado, será **guinchado** por conta do dono.

**Ao informar, diga:** marca, modelo, cor, número da placa e há quanto tempo ele está lá.

**Propriedade particular:** a cidade não guincha veículos de garagens ou estacionamentos particulares. O dono do imóvel pode chamar um guincho conforme a M.G.L. c. 266, § 120D, com placas de aviso. Veículos sem registro guardados em um quintal podem violar o código de zoneamento — os Serviços de Inspeção podem acompanhar o caso.

Um veículo roubado ou envolvido em um crime deve ser informado à polícia imediatamente.`,
    },
  },
  "property-tax-bills": {
    es: {
      title: "Facturas y fechas de vencimiento del impuesto a la propiedad",
      publicAnswer: `Riverton factura los impuestos sobre bienes inmuebles y bienes muebles **cada trimestre**. Las facturas vencen:

- El **1 de agosto** y el **1 de noviembre** (facturas preliminares, según el impuesto del año anterior)
- El **1 de febrero** y el **1 de mayo** (facturas definitivas, después de fijarse la tasa del impuesto)

Si una fecha de vencimiento cae en fin de semana o feriado, el pago vence el siguiente día hábil.

**Cómo pagar:**
- En línea en demo-city.example/pay ($0.50 con cheque electrónico, 2.5% con tarjeta)
- Por correo a Tesorería y Recaudación, PO Box 311, Riverton MA
- En persona en el Ayuntamiento, Sala 105, o en el **buzón** afuera del Ayuntamiento
- Con el pago de facturas en línea de su banco (use su número de factura)

A los **pagos atrasados** se les cobra un **interés anual del 14%** desde la fecha de vencimiento. Después del 1 de mayo se envía un **aviso de cobro** con un cargo de $30 por los saldos impagos.

Las preguntas sobre el **valor tasado** de su propiedad van a la Junta de Tasadores (Board of Assessors), Ayuntamiento, Sala 107; las solicitudes de reducción vencen con la factura del tercer trimestre.`,
    },
    pt: {
      title: "Contas e vencimentos do imposto predial",
      publicAnswer: `Riverton cobra os impostos sobre imóveis e bens móveis **a cada trimestre**. As contas vencem em:

- **1º de agosto** e **1º de novembro** (contas preliminares, com base no imposto do ano anterior)
- **1º de fevereiro** e **1º de maio** (contas definitivas, depois que a alíquota é fixada)

Se o vencimento cair em fim de semana ou feriado, o pagamento vence no próximo dia útil.

**Como pagar:**
- Pela internet em demo-city.example/pay ($0.50 com cheque eletrônico, 2.5% com cartão)
- Pelo correio para a Tesouraria e Arrecadação, PO Box 311, Riverton MA
- Pessoalmente na Prefeitura, Sala 105, ou na **urna de depósito** em frente à Prefeitura
- Pelo pagamento de contas on-line do seu banco (use o número da sua conta)

**Pagamentos atrasados** pagam **juros de 14% ao ano** a partir do vencimento. Depois de 1º de maio, um **aviso de cobrança** com taxa de $30 é enviado para saldos não pagos.

Dúvidas sobre o **valor venal** do seu imóvel vão para a Junta de Avaliadores (Board of Assessors), Prefeitura, Sala 107; os pedidos de redução devem ser feitos até o vencimento da conta do terceiro trimestre.`,
    },
  },
  "no-heat-tenant-rights": {
    es: {
      title: "Sin calefacción ni agua caliente en un apartamento",
      publicAnswer: `Según el Código Sanitario Estatal de Massachusetts, los propietarios deben proporcionar calefacción del **15 de septiembre al 15 de junio**:

- Al menos **68°F** entre las **7:00 a.m. y las 11:00 p.m.**
- Al menos **64°F** entre las **11:00 p.m. y las 7:00 a.m.**
- Agua caliente entre **110°F y 130°F** todo el año

**Si no tiene calefacción ni agua caliente:**
1. Llame de inmediato a su propietario o administrador.
2. Si no se arregla dentro de las **24 horas**, repórtelo al 311. Se trata como una **emergencia** — un inspector se comunicará con usted dentro de 1 día hábil.
3. Anote las fechas y las temperaturas.

**No use el horno ni una parrilla para calentar su casa** — puede causar intoxicación por monóxido de carbono. Los calefactores portátiles deben enchufarse directamente a la pared.

Si no tiene calefacción porque le cortaron el gas o el combustible por falta de pago, Mass 211 puede ponerlo en contacto con la asistencia para combustible.`,
    },
    pt: {
      title: "Sem aquecimento ou água quente no apartamento",
      publicAnswer: `Pelo Código Sanitário Estadual de Massachusetts, os proprietários devem fornecer aquecimento de **15 de setembro a 15 de junho**:

- Pelo menos **68°F** entre **7:00 e 23:00**
- Pelo menos **64°F** entre **23:00 e 7:00**
- Água quente entre **110°F e 130°F** o ano todo

**Se você estiver sem aquecimento ou água quente:**
1. Ligue imediatamente para o proprietário ou o administrador do imóvel.
2. Se não for resolvido em **24 horas**, informe o 311. Isso é tratado como **emergência** — um fiscal vai entrar em contato com você em até 1 dia útil.
3. Anote as datas e as temperaturas.

**Não use o forno nem uma churrasqueira para aquecer a casa** — isso pode causar intoxicação por monóxido de carbono. Aquecedores portáteis devem ser ligados direto na tomada da parede.

Se o aquecimento parou porque o gás ou o óleo foi cortado por falta de pagamento, o Mass 211 pode encaminhar você para a assistência de combustível.`,
    },
  },
  "lead-paint": {
    es: {
      title: "Pintura con plomo y análisis de plomo en niños",
      publicAnswer: `Las viviendas construidas **antes de 1978** pueden tener pintura con plomo. Según la Ley de Plomo de Massachusetts, si un **niño menor de 6 años** vive en una vivienda anterior a 1978, el propietario debe hacerla **inspeccionar y eliminar el plomo** o ponerlo bajo control.

**Para los padres:** Massachusetts exige que todos los niños **se hagan un análisis de plomo a los 1, 2 y 3 años**, y en Riverton también a los 4, porque es una comunidad de alto riesgo. Pregúntele a su pediatra.

**Para los propietarios:**
- Un inspector de plomo con licencia puede revisar su vivienda; suele costar entre $300 y $600.
- El programa estatal de préstamos **Get the Lead Out** ofrece préstamos al 0%, y el **Programa de Eliminación de Plomo** de la ciudad ofrece subsidios de hasta **$20,000** a propietarios que cumplan los requisitos de ingresos. Llame al Departamento de Salud al (555) 311-2600.
- Las renovaciones que afecten la pintura en viviendas anteriores a 1978 deben hacerlas contratistas con **certificación RRP**.

Los propietarios **no** pueden negarse a alquilar a familias con niños pequeños por la pintura con plomo — eso es discriminación ilegal.`,
    },
    pt: {
      title: "Tinta com chumbo e exame de chumbo em crianças",
      publicAnswer: `Casas construídas **antes de 1978** podem ter tinta com chumbo. Pela Lei do Chumbo de Massachusetts, se uma **criança com menos de 6 anos** mora em uma casa anterior a 1978, o proprietário deve mandar **inspecioná-la e remover o chumbo** ou deixá-lo sob controle.

**Para os pais:** Massachusetts exige que toda criança **faça o exame de chumbo com 1, 2 e 3 anos**, e em Riverton também aos 4, porque é uma comunidade de alto risco. Fale com o pediatra.

**Para os proprietários:**
- Um inspetor de chumbo licenciado pode examinar a sua casa; o custo costuma ficar entre $300 e $600.
- O programa estadual de empréstimos **Get the Lead Out** oferece empréstimos a juros de 0%, e o **Programa de Remoção de Chumbo** da cidade oferece auxílios de até **$20,000** para proprietários que se enquadram nos limites de renda. Ligue para o Departamento de Saúde no (555) 311-2600.
- Reformas que mexam na pintura de casas anteriores a 1978 devem ser feitas por uma empresa com **certificação RRP**.

Os proprietários **não** podem se recusar a alugar para famílias com crianças pequenas por causa da tinta com chumbo — isso é discriminação ilegal.`,
    },
  },
  "rodent-control-tips": {
    es: {
      title: "Ratas: consejos para el control de roedores",
      publicAnswer: `Las ratas necesitan **comida, agua y refugio**. Si se los quita, se van.

**En casa:**
- Guarde la basura en **barriles con tapa hermética** — nunca solo en bolsas en el suelo.
- No saque la basura antes de las 4:00 p.m. de la noche anterior a la recolección.
- Recoja la fruta caída, los excrementos de perro y el alpiste; use composteras cerradas.
- Selle las aberturas de más de un cuarto de pulgada alrededor de los cimientos, las tuberías y las puertas.
- Aleje de la casa las pilas de leña y los trastos.

**Qué hace la ciudad:** el Departamento de Salud pone cebos en **las propiedades de la ciudad, los parques y el alcantarillado** e inspecciona las zonas reportadas. A los dueños de propiedades privadas con madrigueras activas se les ordena contratar a un exterminador con licencia. Los restaurantes deben mantener los contenedores cerrados y tener un contrato de control de plagas.

**Reporte los roedores** en exteriores a través del 311. Los inquilinos con ratones o ratas dentro del apartamento deben presentar una queja por el código de vivienda — en los edificios de 2 o más unidades, el propietario es responsable de la exterminación.

La ciudad ofrece a los residentes **barriles a prueba de roedores** a mitad de precio ($35) hasta agotar existencias.`,
    },
    pt: {
      title: "Ratos: dicas para o controle de roedores",
      publicAnswer: `Os ratos precisam de **comida, água e abrigo**. Tire isso deles e eles vão embora.

**Em casa:**
- Guarde o lixo em **latões com tampa bem fechada** — nunca só em sacos no chão.
- Não coloque o lixo para fora antes das 16:00 da véspera da coleta.
- Recolha frutas caídas, fezes de cachorro e alpiste; use composteiras fechadas.
- Vede frestas maiores que um quarto de polegada em volta das fundações, canos e portas.
- Afaste da casa as pilhas de lenha e a tralha.

**O que a cidade faz:** o Departamento de Saúde coloca iscas em **imóveis da cidade, parques e esgotos** e inspeciona as áreas informadas. Os donos de imóveis particulares com tocas ativas recebem ordem de contratar um dedetizador licenciado. Os restaurantes devem manter as caçambas fechadas e ter contrato de controle de pragas.

**Informe roedores** em áreas externas pelo 311. Inquilinos com camundongos ou ratos dentro do apartamento devem fazer uma reclamação pelo código de moradia — em prédios com 2 ou mais unidades, o proprietário é responsável pela dedetização.

A cidade oferece aos moradores **latões à prova de roedores** pela metade do preço ($35) enquanto durarem os estoques.`,
    },
  },
  "food-truck-permits": {
    es: {
      title: "Permisos para camiones de comida",
      publicAnswer: `Los camiones de comida que operan en Riverton necesitan:

1. Un **Permiso de Comida Móvil** del Departamento de Salud — **$150 por año**, después de una inspección del camión. Traiga su contrato con una cocina central (commissary), un certificado de gerente de protección de alimentos (ServSafe) y un comprobante de la inspección del sistema de supresión de incendios si cocina con propano.
2. Una **licencia de vendedor ambulante** (Hawkers and Peddlers) del estado, o una licencia local de vendedor de la Secretaría Municipal ($50).
3. Una **inspección del Departamento de Bomberos** del propano y los generadores ($50).
4. Permiso para estacionar: en propiedad privada, con una carta del dueño, o en uno de los **lugares designados por la ciudad para camiones de comida** (Riverside Park, Central Square, City Hall Plaza) mediante el sorteo de Parques y Transporte que se hace cada marzo.

Los camiones no pueden operar a menos de **200 pies** de un restaurante durante su horario de atención, ni en zonas de permiso de residentes.

Paquetes de solicitud: demo-city.example/health/foodtrucks o City Hall Annex, Sala 120.`,
    },
    pt: {
      title: "Licenças para food trucks",
      publicAnswer: `Food trucks que funcionam em Riverton precisam de:

1. Uma **Licença de Alimentação Móvel** do Departamento de Saúde — **$150 por ano**, depois de uma inspeção do caminhão. Traga o seu contrato com uma cozinha de apoio (commissary), um certificado de gerente em segurança alimentar (ServSafe) e o comprovante da inspeção do sistema de supressão de incêndio, se você cozinhar com propano.
2. Uma **licença de vendedor ambulante** (Hawkers and Peddlers) do estado, ou uma licença local de vendedor da Secretaria Municipal ($50).
3. Uma **inspeção do Corpo de Bombeiros** do propano e dos geradores ($50).
4. Permissão para estacionar: em propriedade particular, com uma carta do dono, ou em um dos **pontos de food truck definidos pela cidade** (Riverside Park, Central Square, City Hall Plaza), pelo sorteio de Parques e Transporte feito todo mês de março.

Os caminhões não podem funcionar a menos de **200 pés** de um restaurante durante o horário de funcionamento dele, nem em zonas de estacionamento para moradores.

Formulários de inscrição: demo-city.example/health/foodtrucks ou City Hall Annex, Sala 120.`,
    },
  },
  "restaurant-inspections": {
    es: {
      title: "Inspecciones de restaurantes y quejas sobre alimentos",
      publicAnswer: `El Departamento de Salud inspecciona todos los restaurantes, mercados, cocinas escolares y camiones de comida de Riverton **al menos dos veces al año**, además de las visitas de seguimiento y las investigaciones por quejas. Hay unos 320 establecimientos de comida con licencia en la ciudad.

**Los informes de inspección** son públicos. Búsquelos por nombre en demo-city.example/health/inspections o pida una copia al Departamento de Salud, City Hall Annex, Sala 120.

**Para presentar una queja** por falta de limpieza, plagas o manipulación de alimentos, llame al 311 o repórtelo en línea. Incluya el nombre y la dirección del negocio, la fecha y hora de su visita y lo que vio.

**Si cree que tuvo una intoxicación alimentaria:**
- Díganos **qué comió, dónde y cuándo**, sus síntomas y cuándo empezaron, y si otras personas que comieron con usted se enfermaron.
- Guarde en el refrigerador la comida que haya sobrado, con una etiqueta.
- Vea a un médico si los síntomas son graves; un análisis de heces ayuda a identificar brotes.

Los restaurantes con infracciones graves pueden ser **clausurados de inmediato** hasta que las corrijan.`,
    },
    pt: {
      title: "Inspeções de restaurantes e reclamações sobre alimentos",
      publicAnswer: `O Departamento de Saúde inspeciona todos os restaurantes, mercados, cozinhas escolares e food trucks de Riverton **pelo menos duas vezes por ano**, além das visitas de retorno e das investigações de reclamações. Há cerca de 320 estabelecimentos de alimentação licenciados na cidade.

**Os relatórios de inspeção** são públicos. Pesquise pelo nome em demo-city.example/health/inspections ou peça uma cópia ao Departamento de Saúde, City Hall Annex, Sala 120.

**Para fazer uma reclamação** sobre falta de higiene, pragas ou manipulação de alimentos, ligue para o 311 ou registre pela internet. Informe o nome e o endereço do estabelecimento, a data e a hora da sua visita e o que você viu.

**Se você acha que teve uma intoxicação alimentar:**
- Conte **o que comeu, onde e quando**, os seus sintomas e quando começaram, e se outras pessoas que comeram com você passaram mal.
- Guarde na geladeira a comida que sobrou, com uma etiqueta.
- Procure um médico se os sintomas forem fortes; um exame de fezes ajuda a identificar surtos.

Restaurantes com infrações graves podem ser **fechados imediatamente** até corrigirem os problemas.`,
    },
  },
  "flu-vaccine-clinics": {
    es: {
      title: "Clínicas de vacunación contra la gripe y el COVID-19",
      publicAnswer: `El Departamento de Salud organiza **clínicas gratuitas de vacunación contra la gripe y el COVID-19** cada otoño, por lo general desde **fines de septiembre hasta noviembre**.

**Dónde:** en el Centro para Personas Mayores, 22 Pleasant Street, y en la cafetería de Riverton High School, además de visitas a domicilio para los residentes que no pueden salir de casa.

**Quién:** todas las personas **de 6 meses o más**. Traiga su **tarjeta del seguro** si tiene; no se rechaza a nadie por no tener seguro.

**Se recomienda pedir cita:** reserve en demo-city.example/health/clinics o llame al (555) 311-2600. Se atiende sin cita cuando hay vacunas suficientes.

**El Departamento de Salud también ofrece, con cita:**
- Refuerzos contra el tétanos (Td/Tdap)
- Pruebas cutáneas de tuberculosis (TB): $20
- Controles de presión arterial, gratis el primer martes de cada mes en el Centro para Personas Mayores

La mayoría de las farmacias y consultorios de atención primaria también ofrecen las vacunas contra la gripe y el COVID-19 sin costo con su seguro.`,
    },
    pt: {
      title: "Campanhas de vacinação contra gripe e COVID-19",
      publicAnswer: `O Departamento de Saúde promove **campanhas gratuitas de vacinação contra gripe e COVID-19** todo outono, geralmente do **fim de setembro até novembro**.

**Onde:** no Centro de Idosos, 22 Pleasant Street, e no refeitório da Riverton High School, além de visitas em casa para moradores que não podem sair.

**Quem:** todas as pessoas **a partir de 6 meses**. Traga a sua **carteirinha do plano de saúde** se tiver; ninguém fica sem vacina por não ter plano.

**Recomenda-se agendar:** agende em demo-city.example/health/clinics ou ligue para (555) 311-2600. Quem chega sem agendamento é atendido se houver vacinas.

**Também disponível no Departamento de Saúde, com agendamento:**
- Reforço contra tétano (Td/Tdap)
- Teste cutâneo de tuberculose (TB): $20
- Medição de pressão arterial, grátis na primeira terça-feira de cada mês no Centro de Idosos

A maioria das farmácias e consultórios de atenção primária também oferece as vacinas contra gripe e COVID-19 sem custo pelo plano de saúde.`,
    },
  },
  "beach-water-quality": {
    es: {
      title: "Calidad del agua de la playa y el estanque",
      publicAnswer: `El Departamento de Salud analiza el agua de **Crystal Pond Beach** y de la **zona de baño de Riverside Park** en busca de bacterias **todas las semanas** desde el Día de los Caídos (Memorial Day) hasta el Día del Trabajo, según las normas del Departamento de Salud Pública del estado.

**Los resultados** se publican en la entrada de la playa y en demo-city.example/health/beaches, por lo general antes del **mediodía del viernes**.

**Cuando se cierra una playa:** se coloca un letrero rojo de "No Swimming" (prohibido bañarse) cuando los niveles de bacterias superan los límites estatales, a menudo después de **lluvias fuertes**, que arrastran la escorrentía al agua. La playa vuelve a abrir después de una muestra aprobada, por lo general en 1 o 2 días.

**Cianobacterias (algas verdeazuladas):** si ve agua con espuma, verde o como "sopa de arvejas", no se meta y no deje que entren los perros. Repórtelo al 311.

Hay salvavidas en Crystal Pond Beach de **10:00 a.m. a 6:00 p.m.** todos los días en verano. La piscina municipal de Riverton tiene cloro y se analiza por separado.`,
    },
    pt: {
      title: "Qualidade da água da praia e da lagoa",
      publicAnswer: `O Departamento de Saúde testa a água da **Crystal Pond Beach** e da **área de banho do Riverside Park** para bactérias **toda semana**, do Memorial Day ao Dia do Trabalho, seguindo as normas do Departamento de Saúde Pública do estado.

**Os resultados** são publicados na entrada da praia e em demo-city.example/health/beaches, geralmente até o **meio-dia de sexta-feira**.

**Quando uma praia é interditada:** uma placa vermelha de "No Swimming" (proibido nadar) é colocada quando os níveis de bactérias passam dos limites estaduais, muitas vezes depois de **chuvas fortes**, que levam a água de escoamento para a lagoa. A praia reabre depois de uma amostra aprovada, geralmente em 1 a 2 dias.

**Cianobactérias (algas verde-azuladas):** se você vir água com espuma, verde ou parecendo "sopa de ervilha", não entre e não deixe os cachorros entrarem. Informe o 311.

Há salva-vidas na Crystal Pond Beach das **10:00 às 18:00** todos os dias no verão. A piscina municipal de Riverton é clorada e testada separadamente.`,
    },
  },
  "needle-disposal-sharps": {
    es: {
      title: "¿Encontró una aguja? Desecho de objetos punzantes",
      publicAnswer: `**Si encuentra una aguja o jeringa tirada en un lugar público, no la toque.** Repórtela de inmediato al 311 con el lugar exacto. Las agujas cerca de escuelas, áreas de juego y parques se recogen dentro de **4 horas** en horario de oficina.

Si tiene que mover una aguja porque hay niños cerca: use guantes, levántela por el extremo del émbolo con unas pinzas y colóquela con la punta hacia abajo en una botella de plástico duro con tapa de rosca. No le vuelva a poner el capuchón.

**Cómo desechar sus propios objetos punzantes (insulina, medicamentos):**
- En Massachusetts es **ilegal tirar agujas sueltas en la basura o el reciclaje**.
- Hay **contenedores para objetos punzantes** gratis en el Departamento de Salud, City Hall Annex, Sala 120.
- Los contenedores llenos se pueden dejar en el **quiosco para objetos punzantes** afuera del Departamento de Salud o en la Jefatura de Policía, las 24 horas, los 7 días.

**Si se pincha con una aguja,** lave la zona con agua y jabón y vea a un médico o vaya a la sala de emergencias de inmediato.`,
    },
    pt: {
      title: "Encontrou uma agulha? Descarte de objetos cortantes",
      publicAnswer: `**Se encontrar uma agulha ou seringa jogada em um lugar público, não toque nela.** Informe imediatamente o 311 com o local exato. Agulhas perto de escolas, parquinhos e parques são recolhidas em até **4 horas** no horário comercial.

Se precisar mover uma agulha porque há crianças por perto: use luvas, pegue-a pela ponta do êmbolo com uma pinça e coloque-a com a ponta para baixo dentro de uma garrafa de plástico duro com tampa de rosca. Não tampe a agulha de novo.

**Como descartar os seus próprios objetos cortantes (insulina, medicamentos):**
- Em Massachusetts é **proibido jogar agulhas soltas no lixo ou na reciclagem**.
- Há **coletores de objetos cortantes** gratuitos no Departamento de Saúde, City Hall Annex, Sala 120.
- Os coletores cheios podem ser deixados no **quiosque de objetos cortantes** em frente ao Departamento de Saúde ou no Quartel-General da Polícia, 24 horas por dia, 7 dias por semana.

**Se você se furar com uma agulha,** lave o local com água e sabão e procure um médico ou vá ao pronto-socorro imediatamente.`,
    },
  },
  "senior-center": {
    es: {
      title: "Centro para Personas Mayores de Riverton (Consejo sobre el Envejecimiento)",
      publicAnswer: `El **Centro para Personas Mayores de Riverton**, 22 Pleasant Street, atiende a los residentes **de 60 años o más**.

**Horario:** de lunes a viernes, de 8:00 a.m. a 4:00 p.m. Llame al (555) 311-2960.

**Programas y servicios:**
- **Almuerzo** los días de semana al mediodía; donación sugerida de $2. Reserve antes de las 10:00 a.m. del día anterior.
- Clases de ejercicio, tai chi, baile en línea, arte, ayuda con computadoras e inglés como segundo idioma (ESL)
- **Consejeros SHINE** para preguntas sobre Medicare (con cita)
- Ayuda para solicitar asistencia para combustible y SNAP
- Inscripción en el programa **Senior Work-Off** del impuesto a la propiedad
- **Transporte gratis en camioneta** a citas médicas en Riverton y pueblos vecinos, y viajes semanales al supermercado — reserve con 48 horas de anticipación
- Clínicas mensuales de presión arterial y clínicas de vacunación contra la gripe en temporada

**Snow Angels** pone en contacto a voluntarios con personas mayores que necesitan ayuda para palear nieve. Meals on Wheels (comidas a domicilio) está disponible para los residentes que no pueden salir de casa a través de la agencia regional de servicios para personas mayores.

Todos los programas son gratis o de bajo costo y están abiertos a los residentes de Riverton; no necesita ser socio.`,
    },
    pt: {
      title: "Centro de Idosos de Riverton (Conselho sobre o Envelhecimento)",
      publicAnswer: `O **Centro de Idosos de Riverton**, 22 Pleasant Street, atende moradores **com 60 anos ou mais**.

**Horário:** de segunda a sexta, das 8:00 às 16:00. Ligue para (555) 311-2960.

**Programas e serviços:**
- **Almoço** servido nos dias úteis ao meio-dia; doação sugerida de $2. Reserve até as 10:00 do dia anterior.
- Aulas de ginástica, tai chi, dança em linha, arte, ajuda com computador e inglês como segunda língua (ESL)
- **Conselheiros SHINE** para dúvidas sobre o Medicare (com hora marcada)
- Ajuda para pedir assistência de combustível e SNAP
- Inscrição no programa **Senior Work-Off** do imposto predial
- **Transporte gratuito de van** para consultas médicas em Riverton e cidades vizinhas, e idas semanais ao supermercado — agende com 48 horas de antecedência
- Medição mensal de pressão arterial e vacinação contra gripe na temporada

O **Snow Angels** põe voluntários em contato com idosos que precisam de ajuda para tirar neve. O Meals on Wheels (refeições em casa) está disponível para moradores que não podem sair de casa, pela agência regional de serviços para idosos.

Todos os programas são gratuitos ou de baixo custo e abertos aos moradores de Riverton; não é preciso ser sócio.`,
    },
  },
  "veterans-benefits-chapter-115": {
    es: {
      title: "Beneficios para veteranos (Capítulo 115)",
      publicAnswer: `El **Capítulo 115** de Massachusetts da ayuda económica a los **veteranos y sus dependientes que cumplen los requisitos de ingresos** para comida, vivienda, ropa, combustible y gastos médicos. Riverton paga el beneficio y el estado le reembolsa el 75%.

**Quién puede calificar:** los veteranos que prestaron al menos 90 días de servicio activo, con al menos un día en tiempo de guerra (o que fueron dados de baja por una discapacidad relacionada con el servicio), con una baja que no sea deshonrosa, y que hayan vivido en Massachusetts al menos un día antes de solicitarlo. También pueden calificar los cónyuges sobrevivientes y los padres dependientes.

**Traiga a su cita:**
- Su **DD-214**
- Un comprobante de residencia en Riverton (contrato de alquiler o factura de servicios públicos)
- Comprobantes de todos los ingresos y bienes de su hogar (estados de cuenta bancarios, talones de pago)

**Nuestro Oficial de Servicios para Veteranos también ayuda con:** reclamos de discapacidad y pensión del VA, la **anualidad para veteranos con 100% de discapacidad** ($2,000/año), exenciones del impuesto a la propiedad, beneficios de entierro y lápidas, y el bono Welcome Home.

Llame al **(555) 311-2800** para pedir una cita, Ayuntamiento, Sala 210.`,
    },
    pt: {
      title: "Benefícios para veteranos (Capítulo 115)",
      publicAnswer: `O **Capítulo 115** de Massachusetts oferece ajuda financeira a **veteranos e seus dependentes que se enquadram nos limites de renda** para alimentação, moradia, roupas, combustível e despesas médicas. Riverton paga o benefício e o estado reembolsa 75%.

**Quem pode ter direito:** veteranos que serviram pelo menos 90 dias na ativa, com pelo menos um dia em tempo de guerra (ou que foram dispensados por uma deficiência ligada ao serviço), com uma baixa que não seja desonrosa, e que tenham morado em Massachusetts pelo menos um dia antes do pedido. Cônjuges sobreviventes e pais dependentes também podem ter direito.

**Traga para o atendimento:**
- O seu **DD-214**
- Comprovante de residência em Riverton (contrato de aluguel ou conta de luz, água ou gás)
- Comprovantes de toda a renda e dos bens da sua família (extratos bancários, contracheques)

**O nosso Responsável pelos Serviços para Veteranos também ajuda com:** pedidos de invalidez e pensão do VA, a **anuidade para veteranos com 100% de invalidez** ($2,000/ano), isenções do imposto predial, benefícios de sepultamento e lápides, e o bônus Welcome Home.

Ligue para **(555) 311-2800** para marcar um horário, Prefeitura, Sala 210.`,
    },
  },
  "property-tax-exemptions": {
    es: {
      title: "Exenciones del impuesto a la propiedad para personas mayores, veteranos y otros",
      publicAnswer: `Los propietarios que viven en su casa de Riverton pueden calificar para una **exención del impuesto a la propiedad** según la ley de Massachusetts (M.G.L. c. 59, § 5):

- **Personas de 65 años o más** con ingresos y bienes limitados (Cláusula 41C): **$1,000** menos en su factura
- **Veteranos con una discapacidad relacionada con el servicio del 10% o más** (Cláusula 22): desde **$400**; más para grados de discapacidad mayores
- **Cónyuges sobrevivientes, hijos menores de padres fallecidos y personas de 70 años o más** (Cláusula 17D): **$175**
- **Residentes legalmente ciegos** (Cláusula 37A): **$500**

La ciudad también ofrece el **programa Senior Work-Off**, con el que los residentes de 60 años o más pueden reducir su factura de impuestos hasta **$1,500** haciendo trabajo voluntario en los departamentos de la ciudad.

**Solicítelo** ante la Junta de Tasadores (Board of Assessors), Ayuntamiento, Sala 107, dentro de los **3 meses siguientes a la factura del tercer trimestre** (por lo general, antes del 1 de abril). Traiga comprobantes de edad, ingresos y propiedad al 1 de julio. Las solicitudes deben presentarse cada año.

Las personas mayores que quieran posponer el impuesto hasta que se venda la casa pueden pedir un **aplazamiento** (Cláusula 41A).`,
    },
    pt: {
      title: "Isenções do imposto predial para idosos, veteranos e outros",
      publicAnswer: `Proprietários que moram na própria casa em Riverton podem ter direito a uma **isenção do imposto predial** pela lei de Massachusetts (M.G.L. c. 59, § 5):

- **Idosos com 65 anos ou mais** com renda e bens limitados (Cláusula 41C): **$1,000** de desconto na conta
- **Veteranos com deficiência ligada ao serviço de 10% ou mais** (Cláusula 22): a partir de **$400**; mais para graus de deficiência maiores
- **Cônjuges sobreviventes, filhos menores de pais falecidos e idosos com 70 anos ou mais** (Cláusula 17D): **$175**
- **Moradores legalmente cegos** (Cláusula 37A): **$500**

A cidade também oferece o **programa Senior Work-Off**, em que moradores com 60 anos ou mais podem reduzir a conta do imposto em até **$1,500** fazendo trabalho voluntário nos departamentos da cidade.

**Faça o pedido** na Junta de Avaliadores (Board of Assessors), Prefeitura, Sala 107, em até **3 meses depois da conta do terceiro trimestre** (geralmente até 1º de abril). Traga comprovantes de idade, renda e propriedade em 1º de julho. O pedido deve ser feito todo ano.

Idosos que querem adiar o imposto até a venda da casa podem pedir o **diferimento** (Cláusula 41A).`,
    },
  },
  "motor-vehicle-excise-tax": {
    es: {
      title: "Impuesto especial sobre vehículos",
      publicAnswer: `Todo vehículo registrado en Massachusetts paga un **impuesto especial sobre vehículos** anual a la ciudad o pueblo donde está guardado el 1 de enero. La tasa es de **$25 por cada $1,000** del valor del vehículo, según el precio de lista del fabricante y la antigüedad.

**Vencimiento:** **30 días** desde la fecha de emisión de la factura. Las facturas de la mayoría de los residentes salen en **febrero**; los registros nuevos se facturan durante el año.

**Cómo pagar:** en línea en demo-city.example/pay, por correo o en Tesorería y Recaudación, Ayuntamiento, Sala 105.

**Facturas atrasadas:** un **cargo de cobro de $30** después de 30 días, y luego un **cargo por orden de cobro** (warrant) y los cargos del cobrador adjunto. Después, la ciudad avisa al **RMV**, que bloquea la renovación de su licencia y su registro.

**¿Vendió su auto o se mudó fuera del estado?** Puede calificar para una **reducción** (abatement). Envíe a la Junta de Tasadores una copia del **recibo de devolución de placas** del RMV y el contrato de venta o el nuevo registro. Solicítela antes del **31 de diciembre** del año siguiente al año fiscal.`,
    },
    pt: {
      title: "Imposto sobre veículos (excise tax)",
      publicAnswer: `Todo veículo registrado em Massachusetts paga um **imposto anual sobre veículos** (excise tax) à cidade onde ele está guardado em 1º de janeiro. A alíquota é de **$25 por $1,000** do valor do veículo, com base no preço de tabela do fabricante e na idade do veículo.

**Vencimento:** **30 dias** a partir da data de emissão da conta. As contas da maioria dos moradores saem em **fevereiro**; registros novos são cobrados ao longo do ano.

**Como pagar:** pela internet em demo-city.example/pay, pelo correio ou na Tesouraria e Arrecadação, Prefeitura, Sala 105.

**Contas atrasadas:** uma **taxa de cobrança de $30** depois de 30 dias, depois uma **taxa de mandado** (warrant) e as taxas do cobrador adjunto. Em seguida, a cidade avisa o **RMV**, que bloqueia a renovação da sua carteira de motorista e do registro do veículo.

**Vendeu o carro ou se mudou para outro estado?** Você pode ter direito a uma **redução** (abatement). Envie à Junta de Avaliadores uma cópia do **recibo de devolução das placas** do RMV e o contrato de venda ou o novo registro. Peça até **31 de dezembro** do ano seguinte ao ano do imposto.`,
    },
  },
  "water-sewer-bills": {
    es: {
      title: "Facturas de agua y alcantarillado",
      publicAnswer: `El agua y el alcantarillado se facturan **cada trimestre**, según la lectura de su medidor. Las facturas vencen **30 días** después de la fecha de la factura.

**Tarifas** (por cada 100 pies cúbicos, o "HCF", unos 748 galones):
- Agua: **$5.10** por HCF
- Alcantarillado: **$8.40** por HCF
- Todas las cuentas pagan un cargo fijo trimestral de **$12**

**Cómo pagar:** en línea en demo-city.example/pay, por correo, con el pago de facturas de su banco o en Tesorería y Recaudación, Ayuntamiento, Sala 105.

**¿Factura alta?** Revise primero si hay un inodoro que pierde agua o un grifo que gotea — un inodoro que pierde puede desperdiciar 200 galones al día. Agua y Alcantarillado hará una **revisión de fugas gratis** y volverá a leer su medidor: llame al (555) 311-3200.

A las **facturas impagas** se les cobra un interés del 14% y, si siguen sin pagarse, se agregan como gravamen a la factura del impuesto a la propiedad.

Un **medidor de riego** aparte puede reducir sus cargos de alcantarillado por el riego del césped.`,
    },
    pt: {
      title: "Contas de água e esgoto",
      publicAnswer: `A água e o esgoto são cobrados **a cada trimestre**, com base na leitura do seu hidrômetro. As contas vencem **30 dias** depois da data da conta.

**Tarifas** (por 100 pés cúbicos, ou "HCF", cerca de 748 galões):
- Água: **$5.10** por HCF
- Esgoto: **$8.40** por HCF
- Todas as contas pagam uma taxa fixa trimestral de **$12**

**Como pagar:** pela internet em demo-city.example/pay, pelo correio, pelo pagamento de contas do seu banco ou na Tesouraria e Arrecadação, Prefeitura, Sala 105.

**Conta alta?** Veja primeiro se há uma descarga vazando ou uma torneira pingando — uma descarga vazando pode desperdiçar 200 galões por dia. Água e Esgoto faz uma **verificação de vazamentos gratuita** e uma nova leitura do hidrômetro: ligue para (555) 311-3200.

**Contas não pagas** pagam juros de 14% e, se continuarem sem pagamento, são lançadas como ônus na conta do imposto predial.

Um **hidrômetro de irrigação** separado pode reduzir a sua taxa de esgoto pela água usada para regar o gramado.`,
    },
  },
  "building-permits": {
    es: {
      title: "Permisos de construcción",
      publicAnswer: `Se necesita un **permiso de construcción** de Servicios de Inspección para construir, modificar, reparar, demoler o cambiar el uso de un edificio, incluidas terrazas (decks), techos, revestimientos, ventanas de reemplazo, cobertizos de más de 200 pies cuadrados, cercas de más de 6 pies y piscinas.

**Cómo solicitarlo:** en línea en demo-city.example/permits. La mayoría de las solicitudes necesitan:
- Una solicitud completa y una descripción de la obra
- Planos (sellados por un arquitecto o ingeniero en los proyectos más grandes)
- La **Licencia de Supervisor de Construcción** del contratista y su registro como **Contratista de Mejoras del Hogar**
- Una declaración jurada de seguro de compensación laboral

**Tarifas:** **$12 por cada $1,000** del costo de la obra, mínimo **$50**. Los permisos de electricidad, plomería y gas son aparte y debe sacarlos un profesional con licencia.

**Tiempo de revisión:** los permisos simples, en **5 a 10 días hábiles**; los proyectos más grandes, hasta 30 días. Los proyectos que no cumplen con la zonificación necesitan antes una variación de la Junta de Apelaciones de Zonificación.

Mantenga la tarjeta del permiso a la vista desde la calle hasta la inspección final.`,
    },
    pt: {
      title: "Licenças de obra",
      publicAnswer: `É preciso uma **licença de obra** dos Serviços de Inspeção para construir, alterar, consertar, demolir ou mudar o uso de um prédio, incluindo decks, telhados, revestimentos externos, troca de janelas, galpões com mais de 200 pés quadrados, cercas com mais de 6 pés e piscinas.

**Como pedir:** pela internet em demo-city.example/permits. A maioria dos pedidos precisa de:
- Um formulário preenchido e uma descrição da obra
- Plantas (carimbadas por um arquiteto ou engenheiro nos projetos maiores)
- A **Licença de Supervisor de Obras** da empresa contratada e o registro de **Empreiteiro de Reformas Residenciais**
- Declaração de seguro contra acidentes de trabalho

**Taxas:** **$12 por $1,000** do custo da obra, mínimo de **$50**. As licenças elétricas, de encanamento e de gás são separadas e devem ser tiradas por um profissional licenciado.

**Prazo de análise:** licenças simples em **5 a 10 dias úteis**; projetos maiores em até 30 dias. Projetos que não seguem o zoneamento precisam antes de uma autorização especial (variance) da Junta de Recursos de Zoneamento.

Deixe o cartão da licença visível da rua até a vistoria final.`,
    },
  },
  "rental-inspections": {
    es: {
      title: "Inspecciones de viviendas de alquiler y certificados de habitabilidad",
      publicAnswer: `Riverton exige una inspección para el **Certificado de Habitabilidad** cada vez que una vivienda de alquiler cambia de inquilinos, para comprobar que cumple con el **Código Sanitario Estatal** (105 CMR 410).

**Para propietarios:**
- Programe la inspección con Servicios de Inspección **al menos 10 días antes** de que se mude el nuevo inquilino.
- **Tarifa: $75 por unidad**; las reinspecciones cuestan $50.
- Los inspectores revisan la calefacción, el agua caliente, los detectores de humo y de CO, las salidas, las ventanas y los mosquiteros, la electricidad, las plagas y la limpieza en general.

**Para inquilinos:** si su apartamento tiene problemas que su propietario no arregla, puede pedir una **inspección gratis**. Primero avise a su propietario por escrito (salvo en emergencias como **falta de calefacción** o de agua caliente). Después de la inspección, el propietario recibe una orden con plazos para corregir cada infracción.

La ley protege a los inquilinos contra las **represalias** por pedir una inspección. Llame al 311 o al (555) 311-2200 para programarla.`,
    },
    pt: {
      title: "Vistorias de imóveis alugados e certificados de habitabilidade",
      publicAnswer: `Riverton exige uma vistoria para o **Certificado de Habitabilidade** toda vez que um imóvel alugado troca de inquilino, para verificar se ele cumpre o **Código Sanitário Estadual** (105 CMR 410).

**Para proprietários:**
- Agende a vistoria com os Serviços de Inspeção **pelo menos 10 dias antes** da mudança do novo inquilino.
- **Taxa: $75 por unidade**; novas vistorias custam $50.
- Os fiscais verificam aquecimento, água quente, detectores de fumaça e de CO, saídas, janelas e telas, parte elétrica, pragas e a higiene em geral.

**Para inquilinos:** se o seu apartamento tem problemas que o proprietário não conserta, você pode pedir uma **vistoria gratuita**. Avise o proprietário por escrito primeiro (exceto em emergências como **falta de aquecimento** ou de água quente). Depois da vistoria, o proprietário recebe uma ordem com prazos para corrigir cada infração.

A lei protege os inquilinos contra **retaliação** por pedirem uma vistoria. Ligue para o 311 ou para (555) 311-2200 para agendar.`,
    },
  },
  "library-hours": {
    es: {
      title: "Horario de la Biblioteca Pública de Riverton",
      publicAnswer: `**Biblioteca Pública de Riverton — Sede Central**, 100 Library Plaza:

- De lunes a jueves: **9:00 a.m. – 8:00 p.m.**
- Viernes y sábado: **9:00 a.m. – 5:00 p.m.**
- Domingo: **1:00 – 5:00 p.m.** (solo de octubre a mayo)

**Sucursal Este**, 50 Highland Avenue: martes y jueves de 12:00 a 8:00 p.m., miércoles y sábado de 10:00 a.m. a 5:00 p.m.

**Las tarjetas de la biblioteca** son gratis para cualquier persona que viva, trabaje o estudie en Massachusetts. Traiga una identificación con foto y un comprobante de domicilio.

**Servicios:** Wi-Fi y computadoras gratis, impresiones (**$0.15 por página**), pases para museos, salas de estudio, grupos de conversación en inglés, horas del cuento para niños, una Biblioteca de Cosas (herramientas, telescopios, puntos de acceso Wi-Fi) y ayuda gratuita con los impuestos de febrero a abril.

Los buzones de devolución están abiertos las 24 horas, los 7 días. Renueve materiales o haga reservas en demo-city.example/library o llame al (555) 311-3400.`,
    },
    pt: {
      title: "Horário da Biblioteca Pública de Riverton",
      publicAnswer: `**Biblioteca Pública de Riverton — Sede**, 100 Library Plaza:

- De segunda a quinta: **9:00 – 20:00**
- Sexta e sábado: **9:00 – 17:00**
- Domingo: **13:00 – 17:00** (somente de outubro a maio)

**Filial Leste**, 50 Highland Avenue: terça e quinta das 12:00 às 20:00, quarta e sábado das 10:00 às 17:00.

**O cartão da biblioteca** é gratuito para qualquer pessoa que mora, trabalha ou estuda em Massachusetts. Traga um documento com foto e um comprovante de endereço.

**Serviços:** Wi-Fi e computadores gratuitos, impressão (**$0.15 por página**), passes para museus, salas de estudo, grupos de conversação em inglês, hora do conto para crianças, uma Biblioteca de Coisas (ferramentas, telescópios, roteadores portáteis) e ajuda gratuita com o imposto de renda de fevereiro a abril.

As caixas de devolução ficam abertas 24 horas por dia, 7 dias por semana. Renove itens ou faça reservas em demo-city.example/library ou ligue para (555) 311-3400.`,
    },
  },
  "pool-and-recreation-programs": {
    es: {
      title: "Piscina municipal y programas recreativos",
      publicAnswer: `La **Piscina Municipal de Riverton**, Riverside Park, 200 Riverside Drive, abre desde la **última semana de junio hasta el Día del Trabajo**, todos los días de 11:00 a.m. a 7:00 p.m.

**Tarifas de la piscina:** residentes, **$3** por día los adultos y **$1** los niños y las personas mayores; pases de temporada de **$60** por persona o **$120** por familia. No residentes, $8 por día.

**Programas recreativos** (inscríbase en demo-city.example/rec):
- **Campamento de verano** para niños de 5 a 13 años, sesiones semanales de $150/semana; hay ayuda económica
- **Clases de natación** (niveles 1 a 6 de la Cruz Roja), $60 por una sesión de 2 semanas
- Ligas juveniles de básquetbol, fútbol y flag football
- Pickleball, yoga y sóftbol para adultos
- Patinaje sobre hielo en invierno en Crystal Pond cuando el hielo está aprobado

La inscripción en los programas de verano abre el **primer lunes de abril** a las 9:00 a.m. Los residentes tienen una semana de prioridad.

Hay becas para las familias que reciben SNAP o almuerzo escolar gratuito.`,
    },
    pt: {
      title: "Piscina municipal e programas de recreação",
      publicAnswer: `A **Piscina Municipal de Riverton**, Riverside Park, 200 Riverside Drive, funciona da **última semana de junho até o Dia do Trabalho**, todos os dias das 11:00 às 19:00.

**Taxas da piscina:** moradores, **$3** por dia para adultos e **$1** para crianças e idosos; passes de temporada de **$60** por pessoa ou **$120** por família. Não moradores, $8 por dia.

**Programas de recreação** (inscreva-se em demo-city.example/rec):
- **Colônia de férias** para crianças de 5 a 13 anos, turmas semanais de $150/semana; há ajuda financeira
- **Aulas de natação** (níveis 1 a 6 da Cruz Vermelha), $60 por um módulo de 2 semanas
- Ligas juvenis de basquete, futebol e flag football
- Pickleball, ioga e softbol para adultos
- Patinação no gelo no inverno na Crystal Pond quando o gelo é liberado

As inscrições nos programas de verão abrem na **primeira segunda-feira de abril** às 9:00. Os moradores têm uma semana de prioridade.

Há bolsas para famílias que recebem SNAP ou merenda escolar gratuita.`,
    },
  },
  "park-field-reservations": {
    es: {
      title: "Reserva de parques, campos y pabellones",
      publicAnswer: `Puede reservar **pabellones de pícnic, campos deportivos, glorietas y áreas de los parques** de la ciudad a través de Parques y Recreación.

**Tarifas (residentes / no residentes):**
- **Pabellón de Riverside Park:** $75 / $150 por medio día (4 horas)
- **Campos deportivos:** $25 / $50 por hora; las luces cuestan $20 más por hora
- **Glorieta del Common** (bodas, ceremonias): $100 por 2 horas
- Las reuniones pequeñas de menos de 25 personas sin una estructura reservada no necesitan permiso

**Cómo reservar:** en línea en demo-city.example/parks/reserve o en el Riverside Park Field House, de lunes a viernes de 8:00 a.m. a 4:30 p.m. Reserve con al menos **14 días de anticipación**. Las solicitudes para la temporada siguiente abren el **15 de enero**.

**Reglas:** no se permite alcohol sin una licencia de bebidas alcohólicas de un día, aparte, del Concejo Municipal; no se permiten envases de vidrio; los castillos inflables requieren comprobante de seguro; toda la basura debe embolsarse y llevarse. El sonido amplificado requiere un permiso y debe terminar antes de las 9:00 p.m.`,
    },
    pt: {
      title: "Reserva de parques, campos e pavilhões",
      publicAnswer: `Você pode reservar **pavilhões de piquenique, campos esportivos, coretos e áreas dos parques** da cidade por meio de Parques e Recreação.

**Taxas (moradores / não moradores):**
- **Pavilhão do Riverside Park:** $75 / $150 por meio período (4 horas)
- **Campos esportivos:** $25 / $50 por hora; iluminação $20 a mais por hora
- **Coreto do Common** (casamentos, cerimônias): $100 por 2 horas
- Pequenas reuniões com menos de 25 pessoas sem estrutura reservada não precisam de licença

**Como reservar:** pela internet em demo-city.example/parks/reserve ou no Riverside Park Field House, de segunda a sexta, das 8:00 às 16:30. Reserve com pelo menos **14 dias de antecedência**. Os pedidos para a temporada seguinte abrem em **15 de janeiro**.

**Regras:** bebida alcoólica só com uma licença de um dia, separada, da Câmara Municipal; nada de recipientes de vidro; pula-pulas infláveis exigem comprovante de seguro; todo o lixo deve ser ensacado e levado embora. Som amplificado exige licença e deve terminar até as 21:00.`,
    },
  },
  "tree-planting-requests": {
    es: {
      title: "Cómo pedir un árbol para su calle",
      publicAnswer: `La ciudad planta **árboles en la calle gratis** en la franja de césped (entre la acera y el bordillo) o a menos de 20 pies de la acera en propiedad privada, con permiso del dueño.

**Cómo pedirlo:** llame al 311 o solicítelo en demo-city.example/trees. El **Guardián de Árboles** visita el lugar para comprobar que haya espacio y revisar los cables aéreos y los servicios subterráneos.

**Temporadas de plantación:** los árboles se plantan en **primavera (abril y mayo)** y en **otoño (de mediados de septiembre a noviembre)**. Las solicitudes recibidas antes del **1 de marzo** se plantan en primavera; antes del **1 de agosto**, en otoño.

**Su parte:** comprometerse a **regar el árbol** — unos 15 a 20 galones una vez por semana — durante los primeros **dos años**. Se entregan bolsas de riego gratis.

Elegimos especies adecuadas al lugar, como la acacia de tres espinas, el tilo, el árbol del café de Kentucky, el ginkgo o, bajo los cables, el guillomo (serviceberry).

**La poda o el retiro** de un árbol existente de la ciudad es otra solicitud; para retirar un árbol de sombra público sano se necesita una audiencia pública.`,
    },
    pt: {
      title: "Como pedir uma árvore para a sua rua",
      publicAnswer: `A cidade planta **árvores de rua gratuitamente** na faixa de grama (entre a calçada e o meio-fio) ou a até 20 pés da calçada em propriedade particular, com a permissão do dono.

**Como pedir:** ligue para o 311 ou peça em demo-city.example/trees. O **Guardião das Árvores** faz uma visita para ver se há espaço e verificar os fios aéreos e as redes subterrâneas.

**Épocas de plantio:** as árvores são plantadas na **primavera (abril e maio)** e no **outono (de meados de setembro a novembro)**. Pedidos recebidos até **1º de março** são plantados na primavera; até **1º de agosto**, no outono.

**A sua parte:** comprometer-se a **regar a árvore** — cerca de 15 a 20 galões uma vez por semana — durante os primeiros **dois anos**. Sacos de irrigação gratuitos são fornecidos.

Escolhemos espécies adequadas ao local, como a acácia-de-três-espinhos, a tília, a árvore-do-café-de-Kentucky, o ginkgo ou, embaixo dos fios, o serviceberry (amelanchier).

**A poda ou a remoção** de uma árvore existente da cidade é outro pedido; a remoção de uma árvore de sombra pública saudável exige uma audiência pública.`,
    },
  },
  "tree-down-storm": {
    es: {
      title: "Árboles y ramas caídos después de las tormentas",
      publicAnswer: `**Si un árbol o una rama toca los cables eléctricos, manténgase al menos a 30 pies de distancia y llame al 911.** Las cuadrillas no pueden retirar los árboles hasta que la compañía eléctrica deje los cables en condiciones seguras.

**Árboles de la ciudad** (en la franja de césped, en los parques o en propiedad de la ciudad): reporte al 311 los árboles caídos, las ramas colgando o las ramas que bloquean la calle o la acera. Los árboles que bloquean una calle se retiran dentro de **8 horas hábiles**; las ramas en el césped y las aceras se recogen a medida que las cuadrillas están disponibles, lo que puede tardar varios días después de una tormenta fuerte.

**Árboles privados:** si un árbol de una propiedad privada cae a la calle, la ciudad despejará la calzada, pero el resto es responsabilidad del dueño de la propiedad. Los árboles que caen dentro de una propiedad privada son responsabilidad del dueño.

**Recolección de restos de tormenta:** después de tormentas declaradas, Obras Públicas puede hacer una recolección especial de ramas. Corte las ramas en **trozos de 4 pies** y apílelas en la acera junto al bordillo, no en la calle.

¿No sabe de quién es el árbol? Repórtelo — el Guardián de Árboles determinará a quién pertenece.`,
    },
    pt: {
      title: "Árvores e galhos caídos depois de tempestades",
      publicAnswer: `**Se uma árvore ou um galho estiver encostando nos fios de energia, fique a pelo menos 30 pés de distância e ligue para o 911.** As equipes não podem retirar árvores até que a companhia elétrica deixe os fios em segurança.

**Árvores da cidade** (na faixa de grama, nos parques ou em propriedade da cidade): informe ao 311 árvores caídas, galhos pendurados ou galhos bloqueando a rua ou a calçada. Árvores que bloqueiam uma rua são retiradas em até **8 horas úteis**; galhos em gramados e calçadas são recolhidos conforme as equipes ficam disponíveis, o que pode levar vários dias depois de uma tempestade forte.

**Árvores particulares:** se uma árvore de uma propriedade particular cair na rua, a cidade libera a pista, mas o resto é responsabilidade do dono do imóvel. Árvores que caem dentro de uma propriedade particular são responsabilidade do dono.

**Coleta de resíduos da tempestade:** depois de tempestades declaradas, Obras Públicas pode fazer uma coleta especial de galhos. Corte os galhos em **pedaços de 4 pés** e empilhe-os na calçada, junto ao meio-fio, não na rua.

Não sabe de quem é a árvore? Informe mesmo assim — o Guardião das Árvores vai descobrir a quem pertence.`,
    },
  },
  "graffiti-removal": {
    es: {
      title: "Eliminación de grafitis",
      publicAnswer: `La ciudad elimina los grafitis de la **propiedad pública** — edificios, señales, muros, puentes y aceras — por lo general dentro de **7 días hábiles**. **Los grafitis ofensivos o de odio se eliminan dentro de 1 día hábil.**

**Propiedad privada:** Riverton ofrece **eliminación de grafitis gratis** para viviendas y pequeños negocios. El dueño debe firmar una sola vez un **formulario de consentimiento y renuncia** para que las cuadrillas puedan trabajar en la propiedad. Pídala a través del 311.

**Las cajas y los postes de servicios** pertenecen a la compañía eléctrica, telefónica o de cable; la ciudad les pasará su reporte.

**Al reportarlo, díganos:** el lugar exacto, sobre qué está el grafiti (ladrillo, madera, metal) y si es ofensivo.

Los propietarios que prefieran quitarlo ellos mismos pueden conseguir un **kit gratis para quitar grafitis** en el patio de Obras Públicas, 40 Mill Street.

Si ve a alguien pintando grafitis, llame a la línea de no emergencias de la Policía al (555) 311-2500 — o al 911 si está ocurriendo en ese momento.`,
    },
    pt: {
      title: "Remoção de pichações",
      publicAnswer: `A cidade remove pichações de **propriedades públicas** — prédios, placas, muros, pontes e calçadas — geralmente em até **7 dias úteis**. **Pichações ofensivas ou de ódio são removidas em até 1 dia útil.**

**Propriedade particular:** Riverton oferece **remoção gratuita de pichações** para casas e pequenos comércios. O dono precisa assinar uma única vez um **formulário de consentimento e renúncia** para que as equipes possam trabalhar no imóvel. Peça pelo 311.

**Caixas e postes de serviços públicos** pertencem à companhia de energia, de telefone ou de TV a cabo; a cidade vai repassar o seu relato.

**Ao informar, diga:** o local exato, onde está a pichação (tijolo, madeira, metal) e se ela é ofensiva.

Proprietários que preferem removê-la por conta própria podem pegar um **kit gratuito de remoção de pichações** no pátio de Obras Públicas, 40 Mill Street.

Se você vir alguém pichando, ligue para o número de não emergência da Polícia, (555) 311-2500 — ou para o 911 se estiver acontecendo naquele momento.`,
    },
  },
  "noise-ordinance": {
    es: {
      title: "Ordenanza sobre ruidos y horas de silencio",
      publicAnswer: `La ordenanza sobre ruidos de Riverton fija estos límites:

- **Horas de silencio:** de **11:00 p.m. a 7:00 a.m.** todas las noches. La música, las fiestas u otros ruidos que se oigan **a 50 pies de distancia o dentro de una unidad vecina** son una infracción.
- **Construcción:** permitida **de lunes a viernes de 7:00 a.m. a 6:00 p.m.** y **los sábados de 8:00 a.m. a 5:00 p.m.** No se permite construir los domingos ni los feriados sin un permiso de Servicios de Inspección.
- **Sopladoras de hojas y equipos de jardinería:** de lunes a sábado de 8:00 a.m. a 6:00 p.m.; domingos y feriados de 10:00 a.m. a 4:00 p.m.
- **Camiones de basura y de reparto:** no antes de las 7:00 a.m. en zonas residenciales.

**Multas:** **$50** por la primera infracción, $100 por la segunda y $300 por cada infracción posterior.

**Para reportar un ruido que está ocurriendo ahora,** llame a la **línea de no emergencias de la Policía al (555) 311-2500** para que un agente pueda acudir. Para problemas continuos (un negocio, una obra o una casa con fiestas frecuentes), presente un reporte en el 311.`,
    },
    pt: {
      title: "Lei do barulho e horário de silêncio",
      publicAnswer: `A lei do barulho de Riverton estabelece estes limites:

- **Horário de silêncio:** das **23:00 às 7:00** todas as noites. Música, festas ou outros barulhos que possam ser ouvidos **a 50 pés de distância ou dentro de uma unidade vizinha** são uma infração.
- **Obras:** permitidas **de segunda a sexta, das 7:00 às 18:00**, e **aos sábados, das 8:00 às 17:00**. Não são permitidas obras aos domingos e feriados sem licença dos Serviços de Inspeção.
- **Sopradores de folhas e equipamentos de jardinagem:** de segunda a sábado, das 8:00 às 18:00; domingos e feriados, das 10:00 às 16:00.
- **Caminhões de lixo e de entrega:** não antes das 7:00 em áreas residenciais.

**Multas:** **$50** na primeira infração, $100 na segunda e $300 em cada infração depois disso.

**Para denunciar um barulho que está acontecendo agora,** ligue para o **número de não emergência da Polícia, (555) 311-2500**, para que um policial possa ir ao local. Para problemas constantes (um comércio, uma obra ou uma casa com festas frequentes), registre uma reclamação no 311.`,
    },
  },
  fireworks: {
    es: {
      title: "Fuegos artificiales",
      publicAnswer: `**Todos los fuegos artificiales de consumo son ilegales en Massachusetts**, incluidas las bengalas, los petardos, los cohetes y los fuegos artificiales "safe and sane" que se venden en otros estados. Es ilegal tenerlos, venderlos o usarlos sin una licencia del Jefe de Bomberos del Estado.

**Sanciones:** los fuegos artificiales se **decomisan**, y los infractores pueden recibir una multa de **hasta $100** por tenerlos y de hasta **$1,000** y un año de cárcel por venderlos.

**Reporte** a quienes tiren fuegos artificiales a la **línea de no emergencias de la Policía al (555) 311-2500**. Si los fuegos artificiales causan un incendio o heridos, llame al **911**.

**Mejor disfrute de un espectáculo público seguro:** los **fuegos artificiales del Día de la Independencia** de Riverton se hacen en **Riverside Park**, por lo general el sábado más cercano al 4 de julio, a partir de las 9:15 p.m. aproximadamente. Si llueve, se pasan a la noche siguiente. El estacionamiento es limitado; hay autobuses gratis desde la High School.

Los fuegos artificiales suelen asustar a las mascotas — manténgalas adentro y asegúrese de que lleven sus placas de identificación.`,
    },
    pt: {
      title: "Fogos de artifício",
      publicAnswer: `**Todos os fogos de artifício de uso pessoal são ilegais em Massachusetts**, incluindo estrelinhas, bombinhas, rojões e os fogos "safe and sane" vendidos em outros estados. É ilegal ter, vender ou usar fogos sem uma licença do Chefe Estadual de Bombeiros.

**Penalidades:** os fogos são **apreendidos**, e os infratores podem ser multados em **até $100** pela posse e em até **$1,000** e um ano de prisão pela venda.

**Denuncie** quem estiver soltando fogos ao **número de não emergência da Polícia, (555) 311-2500**. Se os fogos causarem um incêndio ou ferimentos, ligue para o **911**.

**Em vez disso, assista a um show público seguro:** a **queima de fogos do Dia da Independência** de Riverton acontece no **Riverside Park**, geralmente no sábado mais próximo de 4 de julho, a partir das 21:15, mais ou menos. Se chover, passa para a noite seguinte. O estacionamento é limitado; há ônibus gratuitos saindo da High School.

Os fogos costumam assustar os animais de estimação — mantenha-os dentro de casa e confira se estão usando plaquinhas de identificação.`,
    },
  },
  "animal-control-loose-dogs": {
    es: {
      title: "Perros sueltos, perdidos o que ladran",
      publicAnswer: `Riverton tiene una **ley de correa**: los perros deben llevar una correa de no más de 8 pies siempre que estén fuera de la propiedad del dueño, excepto en el **parque para perros cercado** de Riverside Park.

**Perro suelto o agresivo:** llame al 311 o a Control de Animales al (555) 311-3100. No intente atrapar al perro. Si un perro **está atacando o ha mordido a alguien, llame al 911**.

**¿Perdió a su perro?** Llame a Control de Animales y consulte el **Refugio de Animales de Riverton**, 15 Depot Road, abierto de lunes a sábado de 10:00 a.m. a 4:00 p.m. Los perros recogidos se guardan **7 días**. Recuperar un perro cuesta **$25 por día** de alojamiento más un cargo de $25 por la retención, y el perro debe tener licencia.

**Perros que ladran:** ladrar durante más de **10 minutos seguidos** es una molestia. Control de Animales envía una carta de advertencia después de la primera queja; luego hace una visita y puede multar al dueño con **$50**.

**Excrementos de perro:** los dueños deben recoger lo que deja su perro; la multa es de **$50**.`,
    },
    pt: {
      title: "Cães soltos, perdidos ou latindo",
      publicAnswer: `Riverton tem uma **lei da guia**: os cães devem estar em uma guia de no máximo 8 pés sempre que estiverem fora da propriedade do dono, exceto no **parque cercado para cães** do Riverside Park.

**Cão solto ou agressivo:** ligue para o 311 ou para o Controle de Animais no (555) 311-3100. Não tente pegar o cão. Se um cão **estiver atacando ou tiver mordido alguém, ligue para o 911**.

**Perdeu o seu cão?** Ligue para o Controle de Animais e procure no **Abrigo de Animais de Riverton**, 15 Depot Road, aberto de segunda a sábado, das 10:00 às 16:00. Os cães recolhidos ficam guardados por **7 dias**. Para retirar um cão, paga-se **$25 por dia** de hospedagem mais uma taxa de recolhimento de $25, e o cão precisa ter licença.

**Cães latindo:** latir por mais de **10 minutos seguidos** é perturbação. O Controle de Animais envia uma carta de advertência depois da primeira reclamação; depois faz uma visita e pode multar o dono em **$50**.

**Fezes de cachorro:** os donos devem recolher as fezes dos seus cães; a multa é de **$50**.`,
    },
  },
  "police-reports-records": {
    es: {
      title: "Informes policiales y ayuda policial que no es de emergencia",
      publicAnswer: `**En caso de emergencia, llame siempre al 911.**

La **línea de no emergencias de la Policía de Riverton, (555) 311-2500**, atiende **las 24 horas del día** las situaciones que necesitan un agente pero no son emergencias: robos ya ocurridos sin sospechoso presente, ruidos, autos que bloquean una entrada o una visita para ver cómo está una persona.

**Cómo obtener una copia de un informe policial:**
- Vaya a la **ventanilla de Registros**, Jefatura de Policía, 60 Court Street, de lunes a viernes de 8:00 a.m. a 4:00 p.m.
- Traiga una identificación con foto y el número del informe, o la fecha y el lugar.
- **Informes de choques: $5. Informes de incidentes: $5.** Los informes suelen estar disponibles **5 días hábiles** después del incidente.

**Presente un informe en línea** por objetos perdidos, robos menores de menos de $1,000 o vandalismo sin sospechosos en demo-city.example/police/report.

**Las licencias de armas de fuego** (LTC y FID) se tramitan con cita en la Unidad de Licencias.`,
    },
    pt: {
      title: "Boletins de ocorrência e ajuda policial que não é emergência",
      publicAnswer: `**Em emergências, ligue sempre para o 911.**

O **número de não emergência da Polícia de Riverton, (555) 311-2500**, atende **24 horas por dia** situações que precisam de um policial mas não são emergências: furtos já ocorridos sem suspeito no local, barulho, carro bloqueando a entrada de garagem ou uma visita para saber se uma pessoa está bem.

**Como obter uma cópia de um boletim de ocorrência:**
- Vá ao **guichê de Registros**, Quartel-General da Polícia, 60 Court Street, de segunda a sexta, das 8:00 às 16:00.
- Traga um documento com foto e o número do boletim, ou a data e o local.
- **Boletins de acidente de trânsito: $5. Boletins de ocorrência: $5.** Os boletins costumam ficar prontos **5 dias úteis** depois do ocorrido.

**Registre um boletim pela internet** para objetos perdidos, pequenos furtos de menos de $1,000 ou vandalismo sem suspeitos em demo-city.example/police/report.

**Licenças de porte de arma** (LTC e FID) são feitas com hora marcada na Unidade de Licenças.`,
    },
  },
  "water-main-break": {
    es: {
      title: "Roturas de tuberías principales y falta de agua",
      publicAnswer: `**Reporte las roturas de tuberías principales por teléfono, no en línea.** Llame al **311** o a Agua y Alcantarillado al **(555) 311-3200** — la cuadrilla de emergencias está de guardia **las 24 horas, los 7 días**.

**Señales de una rotura:** agua que corre o brota de la calle, una baja repentina de la presión del agua, agua de color extraño o un pavimento que se hunde o se agrieta.

**Qué esperar:** una cuadrilla suele llegar **dentro de 1 a 4 horas**. Es posible que se corte el agua a las casas cercanas durante la reparación, por lo general por **4 a 8 horas**. La ciudad trata de avisar a las casas afectadas, pero los cortes de emergencia pueden hacerse sin aviso.

**Cuando vuelva el agua:** deje correr el **grifo de agua fría** del lavabo más bajo de la casa durante 5 a 10 minutos, hasta que salga limpia. Hasta entonces, no lave ropa, para evitar manchas.

**¿Solo falta agua en su casa?** Primero pregunte a sus vecinos. Si ellos tienen agua, el problema puede estar en su propia plomería, o el agua puede haberse cortado por una factura impaga.`,
    },
    pt: {
      title: "Rompimento de adutoras e falta de água",
      publicAnswer: `**Informe rompimentos de adutoras por telefone, não pela internet.** Ligue para o **311** ou para Água e Esgoto no **(555) 311-3200** — a equipe de emergência fica de plantão **24 horas por dia, 7 dias por semana**.

**Sinais de rompimento:** água correndo ou borbulhando da rua, queda repentina na pressão da água, água com cor estranha ou asfalto afundando ou rachando.

**O que esperar:** uma equipe costuma chegar **em 1 a 4 horas**. A água pode ser cortada nas casas próximas durante o conserto, geralmente por **4 a 8 horas**. A cidade tenta avisar as casas afetadas, mas cortes de emergência podem acontecer sem aviso.

**Quando a água voltar:** deixe a **torneira de água fria** da pia mais baixa da casa aberta por 5 a 10 minutos, até a água sair limpa. Até lá, evite lavar roupa, para não manchar.

**Só a sua casa está sem água?** Pergunte primeiro aos vizinhos. Se eles tiverem água, o problema pode estar no seu próprio encanamento, ou a água pode ter sido cortada por uma conta não paga.`,
    },
  },
  "school-registration": {
    es: {
      title: "Cómo inscribir a un niño en las Escuelas Públicas de Riverton",
      publicAnswer: `Todos los alumnos nuevos se inscriben en el **Centro de Bienvenida a las Familias de las Escuelas Públicas de Riverton**, 75 Broadway, 2.º piso. Llame al **(555) 311-3500** para pedir una cita. Horario: de lunes a viernes de 8:00 a.m. a 4:00 p.m.

**Traiga:**
- El **acta de nacimiento** o el pasaporte del niño
- El **registro de vacunas**
- **Dos comprobantes de residencia en Riverton** (contrato de alquiler o escritura, más una factura de servicios públicos o un estado de cuenta bancario de los últimos 30 días)
- La identificación con foto del padre, la madre o el tutor
- La última libreta de calificaciones o el expediente académico, y cualquier plan IEP o 504

**Kínder:** los niños deben tener **5 años cumplidos al 1 de septiembre**. La inscripción para el kínder abre en **enero**. El Pre-K tiene cupos limitados y un sorteo en marzo.

Las familias recién llegadas al país pueden recibir ayuda en español, portugués, criollo haitiano y vietnamita. Los alumnos sin hogar pueden inscribirse de inmediato según la ley federal McKinney-Vento, aunque no tengan documentos.

Información sobre autobuses escolares, almuerzos y el calendario: demo-city.example/schools.`,
    },
    pt: {
      title: "Como matricular uma criança nas Escolas Públicas de Riverton",
      publicAnswer: `Todos os alunos novos são matriculados no **Centro de Acolhimento às Famílias das Escolas Públicas de Riverton**, 75 Broadway, 2º andar. Ligue para **(555) 311-3500** para marcar um horário. Horário: de segunda a sexta, das 8:00 às 16:00.

**Traga:**
- A **certidão de nascimento** ou o passaporte da criança
- A **carteira de vacinação**
- **Dois comprovantes de residência em Riverton** (contrato de aluguel ou escritura, mais uma conta de luz, água ou gás ou um extrato bancário dos últimos 30 dias)
- O documento com foto do pai, da mãe ou do responsável
- O último boletim ou histórico escolar e qualquer plano IEP ou 504

**Jardim de infância (kindergarten):** a criança deve ter **5 anos completos até 1º de setembro**. As matrículas para o kindergarten abrem em **janeiro**. O Pre-K tem vagas limitadas e sorteio em março.

Famílias recém-chegadas ao país podem ter ajuda em espanhol, português, crioulo haitiano e vietnamita. Alunos em situação de rua podem se matricular imediatamente pela lei federal McKinney-Vento, mesmo sem documentos.

Informações sobre ônibus escolar, merenda e calendário: demo-city.example/schools.`,
    },
  },
  "rmv-license-renewal": {
    es: {
      title: "Renovación de la licencia de conducir y REAL ID (RMV)",
      publicAnswer: `**Las licencias de conducir las emite el Registro de Vehículos Motorizados (RMV) del estado, no la Ciudad de Riverton.** El 311 y el Ayuntamiento no pueden renovar, reemplazar ni consultar una licencia.

**Renuévela en línea** en mass-rmv.example si su licencia no lleva vencida más de 2 años, no necesita una foto nueva y no la está cambiando por una **REAL ID**.

**REAL ID o primera licencia:** vaya a un **Centro de Servicio del RMV con cita previa**. El más cercano está en 1 Commerce Way, Northfield. Traiga:
- Prueba de presencia legal (pasaporte estadounidense o acta de nacimiento)
- Número de Seguro Social
- **Dos comprobantes de residencia en Massachusetts**

**Tarifas:** renovación de la licencia **$50** (5 años); el cambio a REAL ID al renovar no tiene costo adicional.

**Centro de Atención del RMV:** (555) 857-1300.

Si su renovación está bloqueada por una **multa de estacionamiento o un impuesto sobre vehículos impagos en Riverton**, pague primero a la ciudad; Tesorería y Recaudación avisará al RMV para que levante el bloqueo.`,
    },
    pt: {
      title: "Renovação da carteira de motorista e REAL ID (RMV)",
      publicAnswer: `**As carteiras de motorista são emitidas pelo Registro de Veículos Motorizados (RMV) do estado, não pela Cidade de Riverton.** O 311 e a Prefeitura não podem renovar, substituir nem consultar uma carteira.

**Renove pela internet** em mass-rmv.example se a sua carteira não estiver vencida há mais de 2 anos, se você não precisar de foto nova e se não estiver trocando por uma **REAL ID**.

**REAL ID ou primeira habilitação:** vá a um **Centro de Atendimento do RMV com hora marcada**. O mais próximo fica em 1 Commerce Way, Northfield. Traga:
- Comprovante de presença legal (passaporte americano ou certidão de nascimento)
- Número do Social Security
- **Dois comprovantes de residência em Massachusetts**

**Taxas:** renovação da carteira **$50** (5 anos); a troca para REAL ID na renovação não tem custo extra.

**Central de Atendimento do RMV:** (555) 857-1300.

Se a sua renovação estiver bloqueada por uma **multa de estacionamento ou imposto sobre veículos não pagos em Riverton**, pague primeiro à cidade; a Tesouraria e Arrecadação vai avisar o RMV para liberar o bloqueio.`,
    },
  },
  "rmv-registration-plates": {
    es: {
      title: "Registro de vehículos y placas (RMV)",
      publicAnswer: `**Los registros de vehículos, las placas y las calcomanías de inspección están a cargo del Registro de Vehículos Motorizados (RMV) del estado, no de la ciudad.**

**Cómo registrar un auto:** la mayoría de los concesionarios lo hacen por usted. En las ventas entre particulares, necesita el **título** firmado, un **contrato de compraventa** y un **sello del seguro** (formulario RMV-1) de un agente de seguros de Massachusetts, y luego una cita en el RMV. Pagará un **6.25% de impuesto sobre las ventas** más un cargo de registro de **$60** por dos años.

**Renueve un registro** en línea en mass-rmv.example.

**Devolución de placas** cuando vende un auto o se muda fuera del estado: devuélvalas en línea o en un Centro de Servicio del RMV y **guarde el recibo de devolución de placas** — lo necesita para que la ciudad le **reduzca el impuesto sobre vehículos**.

**Las calcomanías de inspección** se hacen en talleres autorizados dentro de los 7 días siguientes al registro.

**Centro de Atención del RMV:** (555) 857-1300.`,
    },
    pt: {
      title: "Registro de veículos e placas (RMV)",
      publicAnswer: `**Registros de veículos, placas e selos de inspeção são responsabilidade do Registro de Veículos Motorizados (RMV) do estado, não da cidade.**

**Como registrar um carro:** a maioria das concessionárias faz isso por você. Em vendas entre particulares, você precisa do **título** assinado, de um **contrato de compra e venda** e de um **carimbo do seguro** (formulário RMV-1) de um corretor de seguros de Massachusetts, e depois de um horário marcado no RMV. Você vai pagar **6.25% de imposto sobre vendas** mais uma taxa de registro de **$60** por dois anos.

**Renove um registro** pela internet em mass-rmv.example.

**Devolução de placas** quando você vende um carro ou se muda para outro estado: devolva pela internet ou em um Centro de Atendimento do RMV e **guarde o recibo de devolução das placas** — você precisa dele para conseguir a **redução do imposto sobre veículos** na cidade.

**Os selos de inspeção** são feitos em oficinas credenciadas em até 7 dias depois do registro.

**Central de Atendimento do RMV:** (555) 857-1300.`,
    },
  },
  "rmv-title": {
    es: {
      title: "Títulos de propiedad de vehículos (RMV)",
      publicAnswer: `**Los certificados de título los emite el Registro de Vehículos Motorizados (RMV) del estado.** La ciudad no emite ni reemplaza títulos.

**Título perdido:** solicite un **duplicado del título** en línea en mass-rmv.example; la tarifa es de **$25**. Se envía por correo a la dirección del dueño registrada en unas 2 a 4 semanas, así que, si se mudó, actualice primero su dirección en el RMV.

**¿Terminó de pagar el préstamo de su auto?** El prestamista debe enviarle el título o la liberación del gravamen dentro de 10 días. Si no lo recibe, comuníquese primero con su prestamista.

**Compra o venta de un auto entre particulares:** el vendedor firma el dorso del título para transferirlo al comprador. El comprador necesita el título para registrar el vehículo.

**Los vehículos anteriores a 1980** no tienen título en Massachusetts; en su lugar se usa un contrato de compraventa.

**Centro de Atención del RMV:** (555) 857-1300, de lunes a viernes de 9:00 a.m. a 5:00 p.m.`,
    },
    pt: {
      title: "Títulos de propriedade de veículos (RMV)",
      publicAnswer: `**Os certificados de título são emitidos pelo Registro de Veículos Motorizados (RMV) do estado.** A cidade não emite nem substitui títulos.

**Título perdido:** peça uma **segunda via do título** pela internet em mass-rmv.example; a taxa é de **$25**. Ela é enviada pelo correio para o endereço do dono cadastrado em cerca de 2 a 4 semanas; por isso, se você se mudou, atualize primeiro o seu endereço no RMV.

**Quitou o financiamento do carro?** O credor deve enviar o título ou a liberação do ônus em até 10 dias. Se você não receber, procure primeiro o credor.

**Compra ou venda de carro entre particulares:** o vendedor assina o verso do título transferindo-o para o comprador. O comprador precisa do título para registrar o veículo.

**Veículos anteriores a 1980** não têm título em Massachusetts; usa-se um contrato de compra e venda no lugar.

**Central de Atendimento do RMV:** (555) 857-1300, de segunda a sexta, das 9:00 às 17:00.`,
    },
  },
  "power-outages": {
    es: {
      title: "Cortes de luz y cables caídos",
      publicAnswer: `**El servicio eléctrico en Riverton lo presta Bay State Electric**, no la ciudad. La ciudad no puede ver el estado de los cortes ni los tiempos de restablecimiento.

**Reporte un corte:** llame a Bay State Electric al **(555) 322-4000**, envíe "OUT" por mensaje de texto a su número de cortes o use el mapa de cortes en baystate-electric.example. Reportarlo les ayuda a encontrar el problema más rápido — no suponga que sus vecinos ya llamaron.

**Cable caído o que echa chispas:** manténgase al menos a **30 pies de distancia**, aleje a los niños y las mascotas y **llame al 911**. Trate todo cable como si tuviera corriente.

**Durante un corte largo:**
- Use los generadores **solo al aire libre**, a por lo menos 20 pies de las ventanas y puertas.
- Durante los cortes prolongados, la ciudad abre un **centro de calefacción o de refrigeración** en el Centro para Personas Mayores, 22 Pleasant Street. Consulte las alertas de la ciudad.
- Mantenga cerradas las puertas del refrigerador y del congelador; la comida se conserva unas 4 horas en el refrigerador y 48 horas en un congelador lleno.

Los residentes que usan **equipos médicos** deben inscribirse en Bay State Electric como clientes con soporte vital.`,
    },
    pt: {
      title: "Falta de energia e fios caídos",
      publicAnswer: `**O fornecimento de energia elétrica em Riverton é feito pela Bay State Electric**, não pela cidade. A cidade não tem acesso à situação das quedas de energia nem à previsão de religamento.

**Informe a falta de energia:** ligue para a Bay State Electric no **(555) 322-4000**, mande "OUT" por mensagem de texto para o número de falta de energia deles ou use o mapa de ocorrências em baystate-electric.example. Informar ajuda a encontrar o problema mais rápido — não conte que os vizinhos já ligaram.

**Fio caído ou soltando faíscas:** fique a pelo menos **30 pés de distância**, mantenha crianças e animais longe e **ligue para o 911**. Trate todo fio como se estivesse energizado.

**Durante uma falta de energia longa:**
- Use geradores **somente ao ar livre**, a pelo menos 20 pés de janelas e portas.
- Em faltas de energia prolongadas, a cidade abre um **centro de aquecimento ou de resfriamento** no Centro de Idosos, 22 Pleasant Street. Acompanhe os alertas da cidade.
- Mantenha as portas da geladeira e do freezer fechadas; os alimentos ficam seguros por cerca de 4 horas na geladeira e 48 horas em um freezer cheio.

Moradores que usam **equipamentos médicos** devem se cadastrar na Bay State Electric como clientes com suporte de vida.`,
    },
  },
  "gas-leaks-gas-service": {
    es: {
      title: "Fugas de gas y servicio de gas",
      publicAnswer: `**Si huele a gas (olor a huevo podrido):**
1. **Salga del edificio de inmediato.** No use interruptores de luz, teléfonos ni nada que pueda hacer una chispa.
2. Desde afuera, a una distancia segura, **llame al 911** o a la **línea de emergencias de Commonwealth Gas al (555) 322-5000**.
3. No vuelva a entrar hasta que la compañía de gas o los bomberos digan que es seguro.

El servicio de gas lo presta **Commonwealth Gas Company**, no la ciudad. Comuníquese con ellos para:
- Un nuevo servicio de gas o la conversión a gas
- Facturación y planes de pago
- Preguntas sobre el medidor
- Cortes y reconexiones del servicio

Massachusetts protege de los cortes por falta de pago en invierno, del **15 de noviembre al 15 de marzo**, a los hogares con dificultades económicas. Hay asistencia para combustible a través de **Mass 211**.

**Obras de la compañía de gas en la calle:** necesitan un permiso para abrir la calle de Obras Públicas. Reporte al 311 los parches mal hechos después de obras de gas.`,
    },
    pt: {
      title: "Vazamentos de gás e fornecimento de gás",
      publicAnswer: `**Se sentir cheiro de gás (cheiro de ovo podre):**
1. **Saia do prédio imediatamente.** Não use interruptores de luz, telefones ou qualquer coisa que possa fazer faísca.
2. Do lado de fora, a uma distância segura, **ligue para o 911** ou para a **linha de emergência da Commonwealth Gas, (555) 322-5000**.
3. Não volte para dentro até que a companhia de gás ou os bombeiros digam que é seguro.

O fornecimento de gás é feito pela **Commonwealth Gas Company**, não pela cidade. Fale com eles para:
- Nova ligação de gás ou conversão para gás
- Contas e parcelamentos
- Dúvidas sobre o medidor
- Cortes e religações do fornecimento

Massachusetts protege contra cortes por falta de pagamento no inverno, de **15 de novembro a 15 de março**, as famílias com dificuldades financeiras. Há assistência de combustível pelo **Mass 211**.

**Obras da companhia de gás na rua:** elas precisam de uma licença de abertura de rua de Obras Públicas. Informe ao 311 remendos malfeitos depois de obras de gás.`,
    },
  },
  "court-questions": {
    es: {
      title: "Preguntas sobre tribunales y órdenes de restricción",
      publicAnswer: `El **Tribunal de Distrito de Riverton**, 75 Court Street, ve casos penales, demandas civiles, **reclamos menores** (hasta $7,000), órdenes de restricción y de prevención de acoso, e internaciones por salud mental de Riverton y los pueblos cercanos.

- **Teléfono de la Secretaría del Tribunal:** (555) 274-7000
- **Horario:** de lunes a viernes de 8:30 a.m. a 4:30 p.m.

**Órdenes de restricción (209A):** en el horario del tribunal, vaya a la secretaría. **Fuera de horario, los fines de semana o en una emergencia,** vaya a la **Policía de Riverton** o llámela — un juez de guardia puede emitir una orden de emergencia.

**Reclamos menores:** preséntelos en la Secretaría del Tribunal; el cargo de presentación es de **$40 a $150** según el monto.

**Los desalojos y los casos entre propietarios e inquilinos** los ve el **Tribunal de Vivienda**, que sesiona en el edificio del Tribunal de Distrito los miércoles.

**Divorcios, custodia, testamentos y cambios de nombre** los ve el **Tribunal de Sucesiones y de Familia**, no el Tribunal de Distrito.

La Ciudad de Riverton no puede dar asesoramiento legal ni información sobre casos judiciales.`,
    },
    pt: {
      title: "Dúvidas sobre tribunais e medidas protetivas",
      publicAnswer: `O **Tribunal Distrital de Riverton**, 75 Court Street, cuida de casos criminais, ações cíveis, **pequenas causas** (até $7,000), medidas protetivas e ordens de prevenção de assédio, e internações por saúde mental de Riverton e das cidades vizinhas.

- **Telefone do Cartório do Tribunal:** (555) 274-7000
- **Horário:** de segunda a sexta, das 8:30 às 16:30

**Medidas protetivas (209A):** no horário do tribunal, vá ao cartório. **Fora do horário, nos fins de semana ou em uma emergência,** vá até a **Polícia de Riverton** ou ligue para ela — um juiz de plantão pode emitir uma ordem de emergência.

**Pequenas causas:** entre com a ação no Cartório do Tribunal; a taxa é de **$40 a $150**, dependendo do valor.

**Despejos e casos entre proprietários e inquilinos** são julgados pelo **Tribunal de Habitação**, que funciona no prédio do Tribunal Distrital às quartas-feiras.

**Divórcio, guarda, testamentos e mudança de nome** são tratados pelo **Tribunal de Sucessões e de Família**, não pelo Tribunal Distrital.

A Cidade de Riverton não pode dar orientação jurídica nem informações sobre processos judiciais.`,
    },
  },
  "jury-duty": {
    es: {
      title: "Servicio de jurado",
      publicAnswer: `El servicio de jurado en Massachusetts lo administra la **Oficina del Comisionado de Jurados**, no la Ciudad de Riverton.

**Responda a su citación** dentro de 10 días: confirme, posponga o pida una descalificación en línea en mass-jury.example con el **número de identificación de jurado** que figura en su citación, o llame al **(555) 628-5879**, de lunes a viernes de 8:30 a.m. a 4:30 p.m.

**Datos clave:**
- Massachusetts usa el sistema de **"un día o un juicio"**. Si no lo eligen para un jurado el primer día, su servicio ha terminado.
- Puede **posponerlo una vez**, hasta por un año, sin dar un motivo.
- Puede quedar **descalificado** si tiene más de 70 años y decide no servir, si no es ciudadano estadounidense, si no puede hablar inglés o si tiene una condición médica (con una nota del médico).
- Los empleadores deben pagar el salario normal durante los **primeros 3 días**; después, el estado paga $50 por día.

Los nombres para las listas de jurados salen del **censo anual de la ciudad**, así que mantenga al día su información del censo.`,
    },
    pt: {
      title: "Serviço de júri",
      publicAnswer: `O serviço de júri em Massachusetts é administrado pelo **Escritório do Comissário de Jurados**, não pela Cidade de Riverton.

**Responda à sua convocação** em até 10 dias: confirme, adie ou peça dispensa pela internet em mass-jury.example usando o **número de identificação de jurado** que está na convocação, ou ligue para **(555) 628-5879**, de segunda a sexta, das 8:30 às 16:30.

**Informações importantes:**
- Massachusetts usa o sistema de **"um dia ou um julgamento"**. Se você não for escolhido para um júri no primeiro dia, o seu serviço está cumprido.
- Você pode **adiar uma vez**, por até um ano, sem dar motivo.
- Você pode ser **dispensado** se tiver mais de 70 anos e preferir não servir, se não for cidadão americano, se não falar inglês ou se tiver um problema de saúde (com atestado médico).
- Os empregadores devem pagar o salário normal nos **3 primeiros dias**; depois disso, o estado paga $50 por dia.

Os nomes para as listas de jurados vêm do **censo anual da cidade**; por isso, mantenha os seus dados do censo atualizados.`,
    },
  },
  "social-security": {
    es: {
      title: "Seguro Social y Medicare",
      publicAnswer: `**El Seguro Social y Medicare son programas federales a cargo de la Administración del Seguro Social (SSA)**, no de la ciudad.

**Cómo comunicarse con la SSA:**
- Teléfono: **(555) 772-1213**, de lunes a viernes de 8:00 a.m. a 7:00 p.m.
- Oficina local: 10 Federal Plaza, Northfield, de lunes a viernes de 9:00 a.m. a 4:00 p.m. (los miércoles hasta el mediodía). **Llame antes para pedir una cita** — las esperas sin cita pueden ser largas.

**Puede hacer estos trámites en línea** con una cuenta "my Social Security" en ssa-gov.example:
- Solicitar beneficios de jubilación, de cónyuge o de Medicare
- Obtener una **carta de verificación de beneficios**
- Pedir una **tarjeta de Seguro Social de reemplazo** (en la mayoría de los casos)
- Cambiar su dirección o su depósito directo

**Preguntas sobre Medicare:** el Centro para Personas Mayores de Riverton tiene consejeros **SHINE** gratuitos que pueden ayudarle a comparar planes de Medicare durante el período de inscripción abierta (del 15 de octubre al 7 de diciembre). Llame al (555) 311-2960.`,
    },
    pt: {
      title: "Social Security e Medicare",
      publicAnswer: `**O Social Security (Previdência Social) e o Medicare são programas federais administrados pela Administração do Seguro Social (SSA)**, não pela cidade.

**Como falar com a SSA:**
- Telefone: **(555) 772-1213**, de segunda a sexta, das 8:00 às 19:00
- Agência local: 10 Federal Plaza, Northfield, de segunda a sexta, das 9:00 às 16:00 (às quartas até o meio-dia). **Ligue antes para marcar um horário** — a espera sem agendamento pode ser longa.

**Você pode fazer isto pela internet** com uma conta "my Social Security" em ssa-gov.example:
- Pedir benefícios de aposentadoria, de cônjuge ou do Medicare
- Obter uma **carta de comprovação de benefícios**
- Pedir a **segunda via do cartão do Social Security** (na maioria dos casos)
- Mudar o seu endereço ou o depósito direto

**Dúvidas sobre o Medicare:** o Centro de Idosos de Riverton tem conselheiros **SHINE** gratuitos que ajudam a comparar planos do Medicare durante o período de inscrição aberta (de 15 de outubro a 7 de dezembro). Ligue para (555) 311-2960.`,
    },
  },
  "unemployment-benefits": {
    es: {
      title: "Beneficios por desempleo",
      publicAnswer: `**El seguro de desempleo está a cargo del Departamento de Asistencia por Desempleo de Massachusetts (DUA)**, no de la Ciudad de Riverton.

**Presente un reclamo en línea** en mass-dua.example apenas pierda su trabajo o le reduzcan las horas. Necesitará:
- Su número de Seguro Social
- Los empleadores y las fechas de trabajo de los últimos 15 meses
- Los datos de su banco para el depósito directo

**Teléfono:** **(555) 626-6800**, de lunes a viernes de 8:00 a.m. a 4:30 p.m. Temprano por la mañana la espera es más corta.

Después de presentar el reclamo, debe **pedir los beneficios cada semana** y hacer una **búsqueda de empleo** de al menos 3 actividades por semana.

**Ayuda en persona:** el **MassHire Riverton Career Center**, 210 Main Street, ayuda con los reclamos, los currículums, la búsqueda de empleo y los programas de capacitación, de lunes a viernes de 8:30 a.m. a 4:30 p.m.

Para ayuda con comida, vivienda o servicios públicos mientras espera los beneficios: llame a **Mass 211**.`,
    },
    pt: {
      title: "Seguro-desemprego",
      publicAnswer: `**O seguro-desemprego é administrado pelo Departamento de Assistência ao Desemprego de Massachusetts (DUA)**, não pela Cidade de Riverton.

**Faça o pedido pela internet** em mass-dua.example assim que perder o emprego ou tiver as horas reduzidas. Você vai precisar de:
- O seu número do Social Security
- Os empregadores e as datas de trabalho dos últimos 15 meses
- Os dados bancários para o depósito direto

**Telefone:** **(555) 626-6800**, de segunda a sexta, das 8:00 às 16:30. A espera é menor logo cedo.

Depois de fazer o pedido, você deve **solicitar os benefícios toda semana** e fazer uma **busca de emprego** de pelo menos 3 atividades por semana.

**Ajuda presencial:** o **MassHire Riverton Career Center**, 210 Main Street, ajuda com pedidos, currículos, busca de emprego e programas de capacitação, de segunda a sexta, das 8:30 às 16:30.

Ajuda com comida, moradia ou contas de luz, água e gás enquanto espera os benefícios: ligue para o **Mass 211**.`,
    },
  },
  "state-income-tax": {
    es: {
      title: "Preguntas sobre el impuesto estatal sobre los ingresos",
      publicAnswer: `**Las declaraciones y los reembolsos del impuesto estatal sobre los ingresos están a cargo del Departamento de Hacienda de Massachusetts (DOR).** La Ciudad de Riverton solo cobra impuestos locales: el impuesto a la propiedad, el impuesto especial sobre vehículos y las facturas de agua y alcantarillado.

**Cómo comunicarse con el DOR:**
- Teléfono: **(555) 392-6089**, de lunes a viernes de 9:00 a.m. a 4:00 p.m.
- En línea: **MassTaxConnect** en mass-dor.example para presentar, pagar, ver el **estado de su reembolso** o hacer un plan de pagos

**Ayuda gratuita con los impuestos:** la **Biblioteca Pública de Riverton** y el **Centro para Personas Mayores** reciben a voluntarios de **AARP Tax-Aide** y VITA que preparan declaraciones gratis **de febrero a mediados de abril** para residentes de ingresos bajos y moderados. Se necesita cita; llame a la biblioteca al (555) 311-3400.

**Alivio del impuesto a la propiedad en su declaración estatal:** las personas de 65 años o más pueden calificar para el crédito fiscal **Senior Circuit Breaker**, de hasta unos $2,700, aunque no deban impuesto sobre los ingresos.

Los impuestos federales están a cargo del IRS.`,
    },
    pt: {
      title: "Dúvidas sobre o imposto de renda estadual",
      publicAnswer: `**As declarações e as restituições do imposto de renda estadual são responsabilidade do Departamento da Receita de Massachusetts (DOR).** A Cidade de Riverton só cobra impostos locais: imposto predial, imposto sobre veículos e contas de água e esgoto.

**Como falar com o DOR:**
- Telefone: **(555) 392-6089**, de segunda a sexta, das 9:00 às 16:00
- Pela internet: **MassTaxConnect** em mass-dor.example para declarar, pagar, ver a **situação da sua restituição** ou fazer um parcelamento

**Ajuda gratuita com o imposto de renda:** a **Biblioteca Pública de Riverton** e o **Centro de Idosos** recebem voluntários do **AARP Tax-Aide** e do VITA que preparam declarações de graça **de fevereiro até meados de abril** para moradores de renda baixa e média. É preciso agendar; ligue para a biblioteca no (555) 311-3400.

**Alívio do imposto predial na declaração estadual:** idosos com 65 anos ou mais podem ter direito ao crédito fiscal **Senior Circuit Breaker**, de até cerca de $2,700, mesmo que não devam imposto de renda.

Os impostos federais são responsabilidade do IRS.`,
    },
  },
  "mbta-bus-train": {
    es: {
      title: "Autobuses, trenes y The RIDE",
      publicAnswer: `El servicio de autobuses y de trenes de cercanías en Riverton lo operan la **MBTA** y **Riverton Valley Regional Transit**, no la ciudad.

- **Horarios, tarifas y planificación de viajes:** mbta-transit.example
- **Atención al cliente:** **(555) 222-3200**, de lunes a viernes de 6:30 a.m. a 8:00 p.m., fines de semana de 8:00 a.m. a 4:00 p.m.
- **Objetos perdidos:** repórtelos en línea o por teléfono

**Paradas en Riverton:** la estación de trenes de cercanías **Riverton Depot** (Depot Road) tiene trenes a Boston aproximadamente cada 60 minutos los días de semana. Las rutas de autobús **94, 96 y 101** pasan por Main Street, Broadway y Highland Avenue.

Hay **tarifas reducidas** para personas de 65 años o más, personas con discapacidad, estudiantes y pasajeros de bajos ingresos de 18 a 64 años. **The RIDE**, el servicio de paratránsito, atiende a los pasajeros que no pueden usar los autobuses normales; se solicita a través de la MBTA.

**De qué se ocupa la ciudad:** del estado de las aceras y de la nieve en las paradas de autobús, los cruces peatonales y las farolas. Repórtelos al 311. Los refugios de las paradas de autobús los mantiene el contratista de la MBTA.`,
    },
    pt: {
      title: "Ônibus, trens e The RIDE",
      publicAnswer: `O serviço de ônibus e de trens metropolitanos em Riverton é operado pela **MBTA** e pela **Riverton Valley Regional Transit**, não pela cidade.

- **Horários, tarifas e planejamento de viagens:** mbta-transit.example
- **Atendimento ao cliente:** **(555) 222-3200**, de segunda a sexta, das 6:30 às 20:00, e nos fins de semana, das 8:00 às 16:00
- **Achados e perdidos:** informe pela internet ou por telefone

**Paradas em Riverton:** a estação de trem metropolitano **Riverton Depot** (Depot Road) tem trens para Boston mais ou menos a cada 60 minutos nos dias úteis. As linhas de ônibus **94, 96 e 101** atendem a Main Street, a Broadway e a Highland Avenue.

Há **tarifas reduzidas** para idosos com 65 anos ou mais, pessoas com deficiência, estudantes e passageiros de baixa renda de 18 a 64 anos. **The RIDE**, o transporte adaptado, atende passageiros que não conseguem usar os ônibus comuns; a inscrição é feita pela MBTA.

**O que fica com a cidade:** as condições das calçadas e a neve nos pontos de ônibus, as faixas de pedestres e os postes de luz. Informe esses problemas ao 311. Os abrigos dos pontos de ônibus são mantidos pela empresa contratada pela MBTA.`,
    },
  },
  "mail-delivery-change-of-address": {
    es: {
      title: "Entrega del correo y cambio de dirección",
      publicAnswer: `**La entrega del correo está a cargo del Servicio Postal de EE. UU.**, no de la ciudad.

**Oficina de Correos de Riverton**, 25 Main Street:
- De lunes a viernes de 8:30 a.m. a 5:00 p.m.; sábados de 8:30 a.m. a 12:30 p.m.
- Teléfono: **(555) 275-8777**

**Cambio de dirección:** hágalo en línea en usps-mail.example (cargo de $1.10 por verificación de identidad) o con un formulario gratuito en la oficina de correos.

**Correo o paquetes que no llegaron:** pida una búsqueda de correo perdido en el sitio web del USPS. Para los paquetes entregados por UPS, FedEx o Amazon, comuníquese con esa empresa.

**¿Se muda? Recuerde avisar también a la ciudad:**
- **Inscripción de votante** en la Oficina de Elecciones
- **Censo anual** en la Secretaría Municipal
- **Facturas de agua y alcantarillado y de impuestos** en Tesorería y Recaudación (propietarios)
- **Impuesto sobre vehículos**: actualice su dirección en el **RMV**

**¿Un quitanieves le derribó el buzón?** Obras Públicas repara o reembolsa hasta **$50** por los buzones dañados por un golpe directo del quitanieves (no por la nieve). Repórtelo al 311 dentro de los 30 días después de la tormenta.`,
    },
    pt: {
      title: "Entrega de correspondência e mudança de endereço",
      publicAnswer: `**A entrega de correspondência é responsabilidade do Serviço Postal dos EUA (USPS)**, não da cidade.

**Agência dos Correios de Riverton**, 25 Main Street:
- De segunda a sexta, das 8:30 às 17:00; aos sábados, das 8:30 às 12:30
- Telefone: **(555) 275-8777**

**Mudança de endereço:** faça pela internet em usps-mail.example (taxa de $1.10 para verificação de identidade) ou com um formulário gratuito na agência dos correios.

**Cartas ou pacotes que não chegaram:** peça uma busca de correspondência extraviada no site do USPS. Para pacotes entregues pela UPS, FedEx ou Amazon, fale com a empresa.

**Vai se mudar? Lembre-se de avisar a cidade também:**
- **Registro de eleitor** no Escritório de Eleições
- **Censo anual** na Secretaria Municipal
- **Contas de água e esgoto e de impostos** na Tesouraria e Arrecadação (proprietários)
- **Imposto sobre veículos**: atualize o seu endereço no **RMV**

**Caixa de correio derrubada por um limpa-neve?** Obras Públicas conserta ou reembolsa até **$50** por caixas de correio danificadas por batida direta do limpa-neve (não pela neve). Informe ao 311 em até 30 dias depois da tempestade.`,
    },
  },
  "help-with-food-housing-fuel": {
    es: {
      title: "Ayuda con comida, vivienda y gastos de calefacción (Mass 211)",
      publicAnswer: `**Mass 211** es una línea gratuita y confidencial que atiende **las 24 horas del día, los 7 días de la semana**. Marque **2-1-1** o el (555) 211-0211 para que lo pongan en contacto con ayuda para:

- **Albergue de emergencia** y prevención de la falta de vivienda
- **Asistencia para combustible** (LIHEAP) para las facturas de calefacción — las solicitudes abren el **1 de noviembre**
- **Bancos de alimentos** y ayuda para solicitar SNAP
- Servicios de salud mental y de consumo de sustancias
- Asistencia legal, servicios para personas mayores y servicios para personas con discapacidad

**En Riverton:**
- **Riverton Community Food Pantry** (banco de alimentos), 14 Church Street: martes de 4:00 a 7:00 p.m. y sábados de 9:00 a.m. a 12:00 p.m. Traiga un comprobante de residencia en Riverton.
- El **Centro para Personas Mayores** (60 años o más) y **Servicios para Veteranos** también ayudan con las solicitudes.
- **Comidas de verano** gratis para niños de 18 años o menos en varios parques en julio y agosto.

Si alguien está en peligro inmediato, llame al **911**. Si alguien está en una crisis emocional, llame o envíe un mensaje de texto al **988**.`,
    },
    pt: {
      title: "Ajuda com comida, moradia e custos de aquecimento (Mass 211)",
      publicAnswer: `O **Mass 211** é uma linha gratuita e sigilosa que funciona **24 horas por dia, 7 dias por semana**. Disque **2-1-1** ou (555) 211-0211 para ser encaminhado a ajuda com:

- **Abrigo de emergência** e prevenção da falta de moradia
- **Assistência de combustível** (LIHEAP) para as contas de aquecimento — os pedidos abrem em **1º de novembro**
- **Bancos de alimentos** e ajuda para pedir o SNAP
- Serviços de saúde mental e de dependência química
- Assistência jurídica, serviços para idosos e serviços para pessoas com deficiência

**Em Riverton:**
- **Riverton Community Food Pantry** (banco de alimentos), 14 Church Street: às terças, das 16:00 às 19:00, e aos sábados, das 9:00 às 12:00. Traga um comprovante de residência em Riverton.
- O **Centro de Idosos** (60 anos ou mais) e os **Serviços para Veteranos** também ajudam com os pedidos.
- **Refeições de verão** gratuitas para crianças e jovens de até 18 anos em vários parques em julho e agosto.

Se alguém estiver em perigo imediato, ligue para o **911**. Se alguém estiver em crise emocional, ligue ou mande mensagem de texto para o **988**.`,
    },
  },
  "snap-benefits": {
    es: {
      title: "Beneficios de alimentos SNAP y asistencia en efectivo",
      publicAnswer: `**SNAP (cupones de alimentos) y la asistencia en efectivo están a cargo del Departamento de Asistencia Transicional de Massachusetts (DTA)**, no de la ciudad.

**Solicite o administre su caso:**
- En línea en **DTA Connect**, mass-dta.example, o con la aplicación móvil DTA Connect
- Por teléfono: **(555) 249-2445**, de lunes a viernes de 8:00 a.m. a 4:30 p.m.
- En persona: **Oficina del DTA en Riverton**, 90 Broad Street

**Necesitará:** prueba de identidad, de ingresos (talones de pago), de gastos de vivienda (alquiler o hipoteca, facturas de servicios públicos) y los números de Seguro Social de los miembros del hogar que lo solicitan.

La mayoría de las decisiones se toman dentro de **30 días**; los hogares con ingresos muy bajos pueden recibir **beneficios acelerados dentro de 7 días**.

**¿Perdió su tarjeta EBT o se la robaron?** Llame de inmediato al número de atención al cliente de EBT que figura en el dorso de la tarjeta.

**Ayuda con la solicitud:** el Centro para Personas Mayores de Riverton (60 años o más) y el Riverton Community Food Pantry pueden ayudarle a llenar las solicitudes.`,
    },
    pt: {
      title: "Benefícios de alimentação SNAP e assistência em dinheiro",
      publicAnswer: `**O SNAP (vale-alimentação) e a assistência em dinheiro são responsabilidade do Departamento de Assistência Transitória de Massachusetts (DTA)**, não da cidade.

**Faça o pedido ou acompanhe o seu caso:**
- Pela internet no **DTA Connect**, mass-dta.example, ou pelo aplicativo DTA Connect
- Por telefone: **(555) 249-2445**, de segunda a sexta, das 8:00 às 16:30
- Pessoalmente: **Escritório do DTA em Riverton**, 90 Broad Street

**Você vai precisar de:** comprovante de identidade, de renda (contracheques), de despesas com moradia (aluguel ou financiamento, contas de luz, água e gás) e os números do Social Security das pessoas da família que estão pedindo.

A maioria das decisões sai em até **30 dias**; famílias com renda muito baixa podem receber **benefícios urgentes em até 7 dias**.

**Perdeu o cartão EBT ou ele foi roubado?** Ligue imediatamente para o atendimento do EBT, no número que está no verso do cartão.

**Ajuda com o pedido:** o Centro de Idosos de Riverton (60 anos ou mais) e o Riverton Community Food Pantry podem ajudar a preencher os formulários.`,
    },
  },
  "regional-water-supply": {
    es: {
      title: "De dónde viene el agua potable de Riverton",
      publicAnswer: `Riverton compra su agua potable a la **Riverton Valley Water Resources Authority (RVWRA)**, que opera los embalses regionales y la planta de tratamiento. El **Departamento de Agua y Alcantarillado** de la ciudad es dueño de las tuberías, los hidrantes y los medidores dentro de Riverton y se encarga de su mantenimiento.

**Calidad del agua:** la RVWRA publica cada junio un **Informe de Confianza del Consumidor** anual, que se envía por correo a todos los hogares y se publica en rvwra.example. El agua de Riverton cumple con todas las normas estatales y federales.

**Plomo en el agua:** Riverton no tiene tuberías principales de plomo conocidas, pero algunas casas antiguas pueden tener **líneas de servicio de plomo** o soldaduras de plomo. Si el agua estuvo quieta durante horas, deje correr el agua fría de 30 segundos a 2 minutos antes de beberla. La ciudad ofrece **análisis de plomo gratis** del agua del grifo — llame a Agua y Alcantarillado al (555) 311-3200 — y un **programa de reemplazo de líneas de servicio de plomo** sin costo para los propietarios.

**Agua dura, sabor y olor:** el sabor a cloro es normal. El agua con color extraño después de la limpieza de hidrantes (abril y octubre) suele aclararse en pocas horas.`,
    },
    pt: {
      title: "De onde vem a água potável de Riverton",
      publicAnswer: `Riverton compra a sua água potável da **Riverton Valley Water Resources Authority (RVWRA)**, que opera os reservatórios regionais e a estação de tratamento. O **Departamento de Água e Esgoto** da cidade é dono dos canos, hidrantes e hidrômetros dentro de Riverton e cuida da manutenção deles.

**Qualidade da água:** a RVWRA publica todo mês de junho um **Relatório Anual de Qualidade da Água** (Consumer Confidence Report), enviado pelo correio a todas as residências e publicado em rvwra.example. A água de Riverton cumpre todas as normas estaduais e federais.

**Chumbo na água:** Riverton não tem adutoras de chumbo conhecidas, mas algumas casas antigas podem ter **ramais de ligação de chumbo** ou solda de chumbo. Se a água ficou parada por horas, deixe a água fria correr de 30 segundos a 2 minutos antes de beber. A cidade oferece **análise gratuita de chumbo** na água da torneira — ligue para Água e Esgoto no (555) 311-3200 — e um **programa de substituição de ramais de chumbo** sem custo para os proprietários.

**Água dura, gosto e cheiro:** o gosto de cloro é normal. Água com cor estranha depois da limpeza dos hidrantes (abril e outubro) geralmente fica limpa em algumas horas.`,
    },
  },
  "contact-the-mayor": {
    es: {
      title: "Cómo comunicarse con el Alcalde o con un concejal",
      publicAnswer: `**Oficina del Alcalde:** Ayuntamiento, Sala 200, 1 City Hall Plaza. Llame al **(555) 311-2900** o escriba a **mayor@demo-city.example**, de lunes a viernes de 8:00 a.m. a 5:00 p.m.

**Horas de atención con el Alcalde:** el Alcalde tiene **horas de atención abiertas** el **primer jueves de cada mes, de 5:00 a 7:00 p.m.**, en el Ayuntamiento, por orden de llegada. En primavera y otoño hay reuniones de café en los barrios, que rotan por los distritos.

**Las solicitudes de reunión** se pueden hacer en línea en demo-city.example/mayor; describa el tema para que el personal pueda incluir al departamento indicado.

**Concejo Municipal:** Riverton tiene **11 concejales** — uno por cada uno de los 9 distritos y 2 generales (at-large). El Concejo se reúne el **segundo y cuarto martes** de cada mes a las 7:00 p.m. en la Sala del Concejo, 3.er piso del Ayuntamiento, y las reuniones se transmiten por Riverton Community TV. Encuentre a su concejal en demo-city.example/council.

También puede dejar comentarios y sugerencias a través del 311 — el personal de atención al residente de la Oficina del Alcalde lee todos los comentarios.`,
    },
    pt: {
      title: "Como falar com o Prefeito ou com um vereador",
      publicAnswer: `**Gabinete do Prefeito:** Prefeitura, Sala 200, 1 City Hall Plaza. Ligue para **(555) 311-2900** ou escreva para **mayor@demo-city.example**, de segunda a sexta, das 8:00 às 17:00.

**Atendimento com o Prefeito:** o Prefeito faz **atendimento aberto ao público** na **primeira quinta-feira de cada mês, das 17:00 às 19:00**, na Prefeitura, por ordem de chegada. Na primavera e no outono há encontros com café nos bairros, em rodízio pelos distritos.

**Pedidos de reunião** podem ser feitos pela internet em demo-city.example/mayor; descreva o assunto para que a equipe possa incluir o departamento certo.

**Câmara Municipal:** Riverton tem **11 vereadores** — um de cada um dos 9 distritos e 2 gerais (at-large). A Câmara se reúne na **segunda e na quarta terça-feira** de cada mês às 19:00 no Plenário da Câmara, 3º andar da Prefeitura, e as reuniões são transmitidas pela Riverton Community TV. Encontre o seu vereador em demo-city.example/council.

Comentários e sugestões também podem ser registrados pelo 311 — todos os comentários são lidos pela equipe de atendimento ao morador do Gabinete do Prefeito.`,
    },
  },
  "sidewalk-repair": {
    es: {
      title: "Aceras rotas y rampas de acera",
      publicAnswer: `Reporte las **aceras** agrietadas, levantadas o rotas y las **rampas de acera** dañadas a través del 311 o en línea.

**Qué sucede:**
- Un inspector evalúa la acera dentro de **20 días hábiles**.
- **Los desniveles de 1 pulgada o más** que pueden hacer tropezar se parchan provisionalmente con asfalto o se rebajan en pocos días.
- El reemplazo completo se agrega a la **lista de reconstrucción de aceras**, que se hace por barrio en cada temporada de obras (de abril a noviembre). Las rampas de acera cerca de escuelas, viviendas para personas mayores y paradas de autobús tienen prioridad según el Plan de Transición ADA de la ciudad.

**¿Las raíces de un árbol levantan la acera?** Repórtelo de la misma manera — Obras Públicas trabaja con el Guardián de Árboles para reparar la acera sin matar el árbol cuando es posible.

**¿Quiere que se reemplace una acera antes?** Con el **programa de aceras 50/50**, los propietarios pueden compartir el costo (unos $45 por pie lineal) y pasar al principio de la lista.

¿Se lesionó por un defecto de la acera? Presente un reclamo ante el Procurador Municipal, Ayuntamiento, Sala 206, **dentro de los 30 días**.`,
    },
    pt: {
      title: "Calçadas quebradas e rampas de acesso",
      publicAnswer: `Informe **calçadas** rachadas, levantadas ou quebradas e **rampas de acesso** danificadas pelo 311 ou pela internet.

**O que acontece:**
- Um fiscal avalia a calçada em até **20 dias úteis**.
- **Desníveis de 1 polegada ou mais**, que podem fazer alguém tropeçar, são remendados provisoriamente com asfalto ou desbastados em poucos dias.
- A substituição completa entra na **lista de reconstrução de calçadas**, feita por bairro a cada temporada de obras (de abril a novembro). Rampas de acesso perto de escolas, moradias para idosos e pontos de ônibus têm prioridade pelo Plano de Transição ADA da cidade.

**Raízes de árvore levantando a calçada?** Informe do mesmo jeito — Obras Públicas trabalha com o Guardião das Árvores para consertar a calçada sem matar a árvore sempre que possível.

**Quer que a calçada seja trocada mais cedo?** Pelo **programa de calçadas 50/50**, os proprietários podem dividir o custo (cerca de $45 por pé linear) e passar para o início da lista.

Machucou-se por causa de um defeito na calçada? Apresente uma reclamação ao Procurador Municipal, Prefeitura, Sala 206, **em até 30 dias**.`,
    },
  },
  "traffic-signals-and-signs": {
    es: {
      title: "Semáforos, señales de tránsito y exceso de velocidad",
      publicAnswer: `**Semáforos que no funcionan:** repórtelos al 311 de inmediato. Un semáforo apagado o intermitente en una intersección con mucho tránsito se trata como urgente, y es posible que se envíe a un agente a dirigir el tránsito. Trate un semáforo apagado como un **alto en las cuatro direcciones**.

**Señales dañadas o que faltan:** una **señal de alto o de ceda el paso** derribada se reemplaza **el mismo día**; las demás señales, dentro de 5 días hábiles.

**Cómo pedir una señal nueva, un cruce peatonal, un reductor de velocidad o un estudio de tránsito:** presente una solicitud de seguridad vial a través del 311. Transporte y Estacionamiento revisa las solicitudes cada mes con la **Comisión de Tránsito**. Los reductores de velocidad necesitan una petición del **60% de los hogares** de la cuadra y solo se colocan en calles residenciales con un límite de 25 mph.

**Límites de velocidad:** el límite de velocidad predeterminado en las calles densamente pobladas de Riverton es de **25 mph**, salvo que se indique otro.

**Exceso de velocidad a ciertas horas:** pida **controles dirigidos** a través de la línea de no emergencias de la Policía al (555) 311-2500.`,
    },
    pt: {
      title: "Semáforos, placas de trânsito e excesso de velocidade",
      publicAnswer: `**Semáforos com defeito:** informe imediatamente ao 311. Um semáforo apagado ou piscando em um cruzamento movimentado é tratado como urgente, e um policial pode ser enviado para orientar o trânsito. Trate um semáforo apagado como uma **parada obrigatória nos quatro sentidos**.

**Placas danificadas ou faltando:** uma **placa de pare ou de dê a preferência** derrubada é substituída **no mesmo dia**; as outras placas, em até 5 dias úteis.

**Como pedir uma placa nova, uma faixa de pedestres, uma lombada ou um estudo de trânsito:** faça um pedido de segurança viária pelo 311. Transporte e Estacionamento analisa os pedidos todo mês com a **Comissão de Trânsito**. Lombadas precisam de um abaixo-assinado de **60% das residências** do quarteirão e só são colocadas em ruas residenciais com limite de 25 mph.

**Limites de velocidade:** o limite padrão nas ruas densamente povoadas de Riverton é de **25 mph**, salvo sinalização diferente.

**Excesso de velocidade em certos horários:** peça **fiscalização direcionada** pelo número de não emergência da Polícia, (555) 311-2500.`,
    },
  },
  "abandoned-unsafe-buildings": {
    es: {
      title: "Edificios abandonados e inseguros",
      publicAnswer: `Reporte a través del 311 los **edificios desocupados** que estén abiertos a intrusos, o cualquier edificio, porche, muro o chimenea que parezca a punto de caerse.

**Edificios abandonados:** Servicios de Inspección inspecciona dentro de **10 días hábiles**. A los dueños de edificios abiertos o sin asegurar se les ordena **tapiarlos y asegurarlos** dentro de 48 horas; si no lo hacen, lo hace la ciudad y le cobra al dueño con un gravamen sobre la propiedad. Los dueños de edificios desocupados o embargados deben **registrarlos** en Servicios de Inspección ($100 por año) y mantenerlos en buen estado.

**Las estructuras inseguras** se tratan como **urgentes** — un inspector acude el mismo día y puede ordenar que se cerque la zona o que se desaloje el edificio. Llame al **911** si hubo un derrumbe o si hay alguien herido.

**Al reportarlo, díganos:** la dirección, lo que ve (puertas abiertas, ventanas rotas, gente que entra y sale, muros inclinados) y si algo podría caer sobre la acera o la calle.

Puede reportarlo de forma anónima.`,
    },
    pt: {
      title: "Prédios abandonados e inseguros",
      publicAnswer: `Informe pelo 311 **prédios desocupados** que estejam abertos a invasores, ou qualquer prédio, varanda, muro ou chaminé que pareça prestes a cair.

**Prédios abandonados:** os Serviços de Inspeção fazem a vistoria em até **10 dias úteis**. Os donos de prédios abertos ou sem proteção recebem ordem de **fechá-los com tapumes e protegê-los** em até 48 horas; se não fizerem isso, a cidade faz e cobra do dono com um ônus sobre o imóvel. Os donos de prédios desocupados ou retomados por execução devem **registrá-los** nos Serviços de Inspeção ($100 por ano) e mantê-los conservados.

**Estruturas inseguras** são tratadas como **urgentes** — um fiscal vai ao local no mesmo dia e pode mandar cercar a área ou desocupar o prédio. Ligue para o **911** se houve um desabamento ou se alguém se feriu.

**Ao informar, diga:** o endereço, o que você vê (portas abertas, janelas quebradas, gente entrando e saindo, paredes inclinadas) e se algo pode cair na calçada ou na rua.

Você pode informar de forma anônima.`,
    },
  },
  "catch-basins-flooding": {
    es: {
      title: "Calles inundadas y sumideros tapados",
      publicAnswer: `Riverton tiene unos **4,200 sumideros** (desagües pluviales) que llevan el agua de lluvia de las calles al río. Obras Públicas limpia cada uno al menos **una vez cada dos años** y destapa los sumideros tapados reportados a través del 311 dentro de **5 días hábiles**.

**Ayude a prevenir inundaciones:**
- **Quite las hojas y la nieve** del sumidero frente a su casa antes de las tormentas — use un rastrillo, no las manos.
- Nunca barra el césped cortado ni las hojas hacia la calle.
- **Nunca vierta** aceite, pintura ni productos químicos en un desagüe pluvial — van sin tratar al río. Las multas empiezan en **$300**.

**Reporte al 311:** sumideros tapados, agua estancada en la calle después de que deja de llover, rejillas rotas o que faltan (una rejilla que falta es un peligro urgente) o malos olores.

**¿Entra agua en su sótano?** Si es agua de lluvia, por lo general es un problema de drenaje privado. Si son **aguas residuales**, reporte de inmediato un **retroceso del alcantarillado** al 311 — es una emergencia.`,
    },
    pt: {
      title: "Ruas alagadas e bueiros entupidos",
      publicAnswer: `Riverton tem cerca de **4.200 bueiros** (bocas de lobo) que levam a água da chuva das ruas para o rio. Obras Públicas limpa cada um pelo menos **uma vez a cada dois anos** e desentope em até **5 dias úteis** os bueiros entupidos informados pelo 311.

**Ajude a evitar alagamentos:**
- **Tire as folhas e a neve** do bueiro em frente à sua casa antes das tempestades — use um ancinho, não as mãos.
- Nunca varra grama cortada ou folhas para a rua.
- **Nunca jogue** óleo, tinta ou produtos químicos em um bueiro — eles vão sem tratamento para o rio. As multas começam em **$300**.

**Informe ao 311:** bueiros entupidos, água empoçada na rua depois que a chuva para, grades quebradas ou faltando (uma grade faltando é um perigo urgente) ou mau cheiro.

**Entrando água no porão?** Se for água de chuva, geralmente é um problema de drenagem particular. Se for **esgoto**, informe imediatamente ao 311 um **refluxo de esgoto** — é uma emergência.`,
    },
  },
  "municipal-lien-certificates": {
    es: {
      title: "Certificados de gravámenes municipales",
      publicAnswer: `Un **Certificado de Gravámenes Municipales (MLC)** muestra todos los impuestos, cargos de agua y alcantarillado y otros gravámenes municipales impagos sobre una propiedad. Por lo general lo pide el **abogado de cierre** cuando una propiedad se vende o se refinancia.

**Tarifa:** **$50** para propiedades residenciales (de 1 a 3 familias) y **$100** para todas las demás propiedades, según la M.G.L. c. 60, § 23.

**Cómo pedirlo:** envíe el formulario de solicitud y el pago a **Tesorería y Recaudación**, Ayuntamiento, Sala 105, por correo o en demo-city.example/treasurer/mlc. Incluya la dirección de la propiedad, el número de parcela, el nombre del dueño y un correo electrónico o una dirección para la respuesta.

**Plazo de tramitación:** la ley permite hasta **10 días hábiles**; la mayoría se completan en 3 a 5.

Antes de emitir un MLC, en las ventas puede necesitarse una **lectura final del medidor de agua** — llame a Agua y Alcantarillado al (555) 311-3200 al menos 5 días hábiles antes del cierre.`,
    },
    pt: {
      title: "Certidões de ônus municipais",
      publicAnswer: `Uma **Certidão de Ônus Municipais (MLC)** mostra todos os impostos, taxas de água e esgoto e outros ônus municipais não pagos sobre um imóvel. Geralmente é pedida pelo **advogado responsável pelo fechamento** quando um imóvel é vendido ou refinanciado.

**Taxa:** **$50** para imóveis residenciais (de 1 a 3 famílias) e **$100** para todos os outros imóveis, conforme a M.G.L. c. 60, § 23.

**Como pedir:** envie o formulário de pedido e o pagamento para a **Tesouraria e Arrecadação**, Prefeitura, Sala 105, pelo correio ou em demo-city.example/treasurer/mlc. Informe o endereço do imóvel, o número do lote (parcel ID), o nome do dono e um e-mail ou endereço para a resposta.

**Prazo:** a lei permite até **10 dias úteis**; a maioria fica pronta em 3 a 5.

Antes de emitir uma MLC, nas vendas pode ser necessária uma **leitura final do hidrômetro** — ligue para Água e Esgoto no (555) 311-3200 pelo menos 5 dias úteis antes do fechamento.`,
    },
  },
};

/** Saves the demo city's Spanish and Portuguese articles (called once, after the articles). */
/**
 * Phone answers in Spanish (content_translations field "phoneAnswer"): what "para español" callers hear for
 * "press 1". Articles missing here are read in English.
 */
export const phoneAnswerTranslations: Record<string, { es: string }> = {
  "city-hall-hours": {
    es: "El Ayuntamiento de Riverton está en 1 City Hall Plaza. Abre los lunes, martes, miércoles y viernes, de 8 de la mañana a 4:30 de la tarde. Los jueves abre hasta las 7 de la noche. El Ayuntamiento cierra los sábados, los domingos y los feriados estatales y federales. Las ventanillas de caja cierran 15 minutos antes que el edificio.",
  },
  "trash-recycling-schedule": {
    es: "La basura y el reciclaje se recogen todas las semanas el mismo día, de lunes a viernes, según su calle. Sáquelos a la acera antes de las 7 de la mañana del día de recolección, pero no antes de las 4 de la tarde del día anterior. El reciclaje va suelto en el carrito azul de la ciudad, nunca en bolsas de plástico.",
  },
};

export async function seedArticleTranslations(db: DbOrTx): Promise<number> {
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
  for (const [slug, { es }] of Object.entries(phoneAnswerTranslations))
    rows.push({ entity: "article", entityKey: slug, field: "phoneAnswer", language: "es", text: es });
  await saveTranslations(db, rows);
  return rows.length;
}
