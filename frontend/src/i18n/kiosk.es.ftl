# The centre's tablet kiosk: only in the kiosk app.

kiosk-title = Puesto del centro
kiosk-choose-language = Elige el idioma

## Pairing the tablet with the centre
kiosk-pair-title = Conecta esta tableta al centro
kiosk-pair-text = Pide al facilitador el código de seis caracteres que aparece en la consola del centro, en el apartado «Puestos» («Postazioni» en italiano). El código vale 10 minutos.
kiosk-pair-code = Código de conexión
kiosk-pair-button = Conectar la tableta
kiosk-pair-invalid = El código tiene 6 caracteres, letras y números, tal como lo muestra la consola.
kiosk-pair-unknown = Código no válido o caducado (vale 10 minutos): pide uno nuevo al facilitador.
kiosk-pair-wait = Demasiados intentos: espera un minuto y vuelve a intentarlo.
kiosk-pair-revoked = El centro ha desconectado esta tableta. Para volver a usarla, pide un código nuevo al facilitador.

## The first page
kiosk-welcome = Toca lo que quieres hacer. Cuando termines, toca «He terminado»: la pantalla se borra para la persona que viene después de ti.
kiosk-register = Regístrate
kiosk-register-text = Primera vez aquí: recibe tu pase.
kiosk-checkin = Anota tu visita
kiosk-checkin-text = Ya tienes el pase: muéstralo a la cámara o escribe el código.
kiosk-survey = ¿Cuánto sabes usar lo digital?
kiosk-survey-text = Un test corto para saber por dónde empezar.
kiosk-feedback = Avisar de un problema
kiosk-feedback-text = Con SPID, CIE, App IO, pagoPA, la historia clínica digital, INPS y otros servicios públicos.
kiosk-phone = Usa tu teléfono
kiosk-phone-text = Apunta la cámara de tu teléfono a este código: se abre la página del centro.
kiosk-phone-alt = Código QR de la página del centro

## Recording a visit with a pass
kiosk-checkin-show = Muestra a la cámara el código QR de tu pase.
kiosk-checkin-type = O escribe el código que está debajo del QR (8 letras y números)
kiosk-checkin-unknown = No hay ningún pase con este código. Revisa las letras o pregunta al facilitador.
kiosk-checkin-not-a-pass = Este código QR no es un pase de Ponte. Muestra el QR de tu pase.
kiosk-checkin-finish = Cuando termines, toca «He terminado».

## Finishing and clearing
kiosk-finish = He terminado
kiosk-idle-warning = { $seconds ->
    [one] Dentro de 1 segundo la pantalla se borra para la siguiente persona.
   *[other] Dentro de { $seconds } segundos la pantalla se borra para la siguiente persona.
}
kiosk-idle-stay = Continuar, sigo aquí
