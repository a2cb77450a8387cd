package com.ptpractice.patients;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Patients, contraindication screening, clinical clearance, consent, dry-needling
 * readiness decisions and the audit of every staff access to patient data.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class PatientApplication {

	public static void main(String[] args) {
		SpringApplication.run(PatientApplication.class, args);
	}

}
