package com.ptpractice.credentialing;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Therapists, licenses and certifications, their verification, the versioned state rules
 * for dry needling and the eligibility decisions made from them.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CredentialingApplication {

	public static void main(String[] args) {
		SpringApplication.run(CredentialingApplication.class, args);
	}

}
