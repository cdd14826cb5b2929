-- One database per service, on one server (docker-compose only; bin/suite creates them itself).
CREATE DATABASE pathway;
CREATE DATABASE leaver;
CREATE DATABASE notification;
