package com.ptpractice.scheduling;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Clinics, appointment types, who works where and when, appointments, availability
 * search, the at-risk list and the public clinic finder.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class SchedulingApplication {

	public static void main(String[] args) {
		SpringApplication.run(SchedulingApplication.class, args);
	}

}
