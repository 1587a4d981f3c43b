// The demo city's knowledge-base articles in Spanish and Portuguese: each public title and answer, translated
// faithfully from content/articles.ts (same Markdown, numbers, phone numbers and addresses). Articles missing
// here are shown in English.

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
};
